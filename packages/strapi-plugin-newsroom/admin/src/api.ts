import { adminApi } from '@strapi/strapi/admin';
import type { z } from 'zod';
import type {
  AddEntriesRequest,
  bundleCheckResponse,
  bundleResponse,
  bundleTimedResponse,
  CreateBundleRequest,
  listBundlesResponse,
  UpdateBundleRequest,
} from '../../shared/contracts/bundles';
import type { GetArticleContext, GetBoard, GetNextPart, GetSettings } from '../../shared/contracts/board';
import type {
  GetCalendar,
  GetCalendarSummary,
  ListCalendarFeeds,
  MoveCalendarItem,
} from '../../shared/contracts/calendar';
import type { AddMilestone } from '../../shared/contracts/editing';
import type { CreateShareLink, GetPreviewUrl, ListShareLinks } from '../../shared/contracts/preview';
import type { GetBoardTimeline, ListTimelines } from '../../shared/contracts/timelines';
import type {
  ListActions,
  PlanRequest,
  PlanResponse,
  ScheduleRequest,
  ScheduleResponse,
} from '../../shared/contracts/schedule';

/** What one preview or share-link list is about. */
export interface Target {
  targetType: string;
  documentId: string;
  locale: string;
}

export type BundleList = z.infer<typeof listBundlesResponse>;
export type BundleAnswer = z.infer<typeof bundleResponse>;
export type BundleTimed = z.infer<typeof bundleTimedResponse>;
export type BundleCheck = z.infer<typeof bundleCheckResponse>;

/** A content type as the Content Manager's /init describes it (the fields the bundle picker reads). */
export interface ContentTypeInfo {
  uid: string;
  kind: 'collectionType' | 'singleType';
  isDisplayed: boolean;
  info: { displayName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** One hit of a title search through the Content Manager's list endpoint. */
export interface DocumentHit {
  documentId: string;
  locale?: string | null;
  status?: string;
  [field: string]: unknown;
}

/**
 * The plugin's admin API as RTK Query endpoints on the admin's own store
 * (Strapi's `adminApi`, as Content Releases does): one cache, shared
 * requests, and every write invalidates what it changes, so the board, the
 * calendar, the side panel and the homepage widget refresh together.
 */
const api = adminApi.enhanceEndpoints({
  addTagTypes: [
    'NewsroomBoard',
    'NewsroomSchedule',
    'NewsroomTimeline',
    'NewsroomFeed',
    'NewsroomShareLink',
    'NewsroomBundle',
  ],
});

const SCHEDULE = ['NewsroomBoard', 'NewsroomSchedule'] as const;
// A bundle's entries are scheduled actions: a change to a bundle changes the board and the calendar too.
const BUNDLES = ['NewsroomBundle', ...SCHEDULE] as const;

export const newsroomApi = api.injectEndpoints({
  endpoints: (build) => ({
    settings: build.query<GetSettings.Response['data'], void>({
      query: () => '/newsroom/board/settings',
      transformResponse: (res: GetSettings.Response) => res.data,
    }),
    board: build.query<GetBoard.Response, { locale?: string } | void>({
      query: (params) => ({ url: '/newsroom/board/series', config: { params: params ?? {} } }),
      providesTags: ['NewsroomBoard'],
    }),
    article: build.query<GetArticleContext.Response, { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/board/articles/${documentId}`,
        config: { params: { locale } },
      }),
      providesTags: ['NewsroomBoard', 'NewsroomSchedule'],
    }),
    nextPart: build.query<GetNextPart.Response['data'], { seriesDocumentId: string; locale: string }>({
      query: ({ seriesDocumentId, locale }) => ({
        url: `/newsroom/board/series/${seriesDocumentId}/next-part`,
        config: { params: { locale } },
      }),
      transformResponse: (res: GetNextPart.Response) => res.data,
      providesTags: ['NewsroomBoard'],
    }),
    actions: build.query<ListActions.Response, Record<string, string | number>>({
      query: (params) => ({ url: '/newsroom/schedule/actions', config: { params } }),
      providesTags: ['NewsroomSchedule'],
    }),
    calendar: build.query<GetCalendar.Response, Record<string, string>>({
      query: (params) => ({ url: '/newsroom/calendar', config: { params } }),
      providesTags: ['NewsroomSchedule'],
    }),
    calendarSummary: build.query<GetCalendarSummary.Response['data'], void>({
      query: () => '/newsroom/calendar/summary',
      transformResponse: (res: GetCalendarSummary.Response) => res.data,
      providesTags: ['NewsroomSchedule'],
    }),
    timelines: build.query<ListTimelines.Response, void>({
      query: () => '/newsroom/board/timelines',
      providesTags: ['NewsroomTimeline'],
    }),
    timeline: build.query<GetBoardTimeline.Response['data'], string>({
      query: (slug) => `/newsroom/board/timelines/${slug}`,
      transformResponse: (res: GetBoardTimeline.Response) => res.data,
      providesTags: ['NewsroomTimeline'],
    }),
    feeds: build.query<ListCalendarFeeds.Response['data'], void>({
      query: () => '/newsroom/calendar/feeds',
      transformResponse: (res: ListCalendarFeeds.Response) => res.data,
      providesTags: ['NewsroomFeed'],
    }),
    shareLinks: build.query<ListShareLinks.Response['data'], Target>({
      query: (params) => ({ url: '/newsroom/share-links', config: { params } }),
      transformResponse: (res: ListShareLinks.Response) => res.data,
      providesTags: ['NewsroomShareLink'],
    }),
    previewUrl: build.query<GetPreviewUrl.Response['data'], Target>({
      query: (params) => ({ url: '/newsroom/previews/url', config: { params } }),
      transformResponse: (res: GetPreviewUrl.Response) => res.data,
    }),
    bundles: build.query<BundleList, Record<string, string | number>>({
      query: (params) => ({ url: '/newsroom/schedule/bundles', config: { params } }),
      providesTags: ['NewsroomBundle'],
    }),
    bundle: build.query<BundleAnswer['data'], string>({
      query: (id) => `/newsroom/schedule/bundles/${id}`,
      transformResponse: (res: BundleAnswer) => res.data,
      providesTags: ['NewsroomBundle'],
    }),
    // The Content Manager's own endpoints, for the bundle's document picker (its permissions apply).
    contentTypes: build.query<ContentTypeInfo[], void>({
      query: () => '/content-manager/init',
      transformResponse: (res: { data: { contentTypes: ContentTypeInfo[] } }) => res.data.contentTypes,
    }),
    mainFields: build.query<Record<string, string>, void>({
      query: () => '/content-manager/content-types-settings',
      transformResponse: (res: { data: { uid: string; settings: { mainField?: string } }[] }) =>
        Object.fromEntries(res.data.map((type) => [type.uid, type.settings.mainField ?? 'id'])),
    }),
    locales: build.query<{ code: string; name: string; isDefault: boolean }[], void>({
      query: () => '/i18n/locales',
    }),
    documentSearch: build.query<DocumentHit[], { uid: string; q: string; locale?: string }>({
      query: ({ uid, q, locale }) => ({
        url: `/content-manager/collection-types/${uid}`,
        config: { params: { page: 1, pageSize: 10, ...(q ? { _q: q } : {}), ...(locale ? { locale } : {}) } },
      }),
      transformResponse: (res: { results: DocumentHit[] }) => res.results,
    }),

    reorder: build.mutation<unknown, { seriesDocumentId: string; order: string[]; locale: string }>({
      query: ({ seriesDocumentId, ...data }) => ({
        url: `/newsroom/series/${seriesDocumentId}/order`,
        method: 'PUT',
        data,
      }),
      invalidatesTags: ['NewsroomBoard'],
    }),
    schedule: build.mutation<ScheduleResponse, ScheduleRequest>({
      query: (data) => ({ url: '/newsroom/schedule/actions', method: 'POST', data }),
      invalidatesTags: [...SCHEDULE],
    }),
    reschedule: build.mutation<unknown, { id: string } & Partial<ScheduleRequest>>({
      query: ({ id, ...data }) => ({ url: `/newsroom/schedule/actions/${id}`, method: 'PUT', data }),
      invalidatesTags: [...SCHEDULE],
    }),
    cancel: build.mutation<unknown, string>({
      query: (id) => ({ url: `/newsroom/schedule/actions/${id}`, method: 'DELETE' }),
      invalidatesTags: [...SCHEDULE],
    }),
    plan: build.mutation<PlanResponse, PlanRequest>({
      query: (data) => ({ url: '/newsroom/schedule/plans', method: 'POST', data }),
      invalidatesTags: [...SCHEDULE],
    }),
    move: build.mutation<unknown, { id: string } & MoveCalendarItem.Request>({
      query: ({ id, ...data }) => ({ url: `/newsroom/calendar/actions/${id}/move`, method: 'POST', data }),
      invalidatesTags: [...SCHEDULE],
    }),
    addMilestone: build.mutation<
      AddMilestone.Response['data'],
      { documentId: string } & AddMilestone.Request
    >({
      query: ({ documentId, ...data }) => ({
        url: `/newsroom/timelines/${documentId}/milestones`,
        method: 'POST',
        data,
      }),
      transformResponse: (res: AddMilestone.Response) => res.data,
      invalidatesTags: ['NewsroomTimeline'],
    }),
    createFeed: build.mutation<unknown, void>({
      query: () => ({ url: '/newsroom/calendar/feeds', method: 'POST' }),
      invalidatesTags: ['NewsroomFeed'],
    }),
    revokeFeed: build.mutation<unknown, string>({
      query: (id) => ({ url: `/newsroom/calendar/feeds/${id}`, method: 'DELETE' }),
      invalidatesTags: ['NewsroomFeed'],
    }),
    createShareLink: build.mutation<CreateShareLink.Response['data'], CreateShareLink.Request>({
      query: (data) => ({ url: '/newsroom/share-links', method: 'POST', data }),
      transformResponse: (res: CreateShareLink.Response) => res.data,
      invalidatesTags: ['NewsroomShareLink'],
    }),
    revokeShareLink: build.mutation<unknown, string>({
      query: (id) => ({ url: `/newsroom/share-links/${id}`, method: 'DELETE' }),
      invalidatesTags: ['NewsroomShareLink'],
    }),
    createBundle: build.mutation<BundleTimed, CreateBundleRequest>({
      query: (data) => ({ url: '/newsroom/schedule/bundles', method: 'POST', data }),
      invalidatesTags: [...BUNDLES],
    }),
    updateBundle: build.mutation<BundleTimed, { id: string } & UpdateBundleRequest>({
      query: ({ id, ...data }) => ({ url: `/newsroom/schedule/bundles/${id}`, method: 'PUT', data }),
      invalidatesTags: [...BUNDLES],
    }),
    addBundleEntries: build.mutation<BundleAnswer, { id: string } & AddEntriesRequest>({
      query: ({ id, ...data }) => ({ url: `/newsroom/schedule/bundles/${id}/entries`, method: 'POST', data }),
      invalidatesTags: [...BUNDLES],
    }),
    removeBundleEntry: build.mutation<BundleAnswer, { id: string; entryId: string }>({
      query: ({ id, entryId }) => ({
        url: `/newsroom/schedule/bundles/${id}/entries/${entryId}`,
        method: 'DELETE',
      }),
      invalidatesTags: [...BUNDLES],
    }),
    cancelBundle: build.mutation<BundleAnswer, string>({
      query: (id) => ({ url: `/newsroom/schedule/bundles/${id}`, method: 'DELETE' }),
      invalidatesTags: [...BUNDLES],
    }),
    // A check changes nothing: a mutation only because it is a POST the editor asks for.
    checkBundle: build.mutation<BundleCheck, string>({
      query: (id) => ({ url: `/newsroom/schedule/bundles/${id}/check`, method: 'POST' }),
    }),
  }),
  overrideExisting: false,
});

export const {
  useSettingsQuery,
  useBoardQuery,
  useArticleQuery,
  useNextPartQuery,
  useActionsQuery,
  useCalendarQuery,
  useCalendarSummaryQuery,
  useTimelinesQuery,
  useTimelineQuery,
  useFeedsQuery,
  useShareLinksQuery,
  useLazyPreviewUrlQuery,
  useReorderMutation,
  useScheduleMutation,
  useRescheduleMutation,
  useCancelMutation,
  usePlanMutation,
  useMoveMutation,
  useAddMilestoneMutation,
  useCreateFeedMutation,
  useRevokeFeedMutation,
  useCreateShareLinkMutation,
  useRevokeShareLinkMutation,
  useBundlesQuery,
  useBundleQuery,
  useContentTypesQuery,
  useMainFieldsQuery,
  useLocalesQuery,
  useDocumentSearchQuery,
  useCreateBundleMutation,
  useUpdateBundleMutation,
  useAddBundleEntriesMutation,
  useRemoveBundleEntryMutation,
  useCancelBundleMutation,
  useCheckBundleMutation,
} = newsroomApi;

/** The message of a failed admin call: Strapi's error sentence when there is one. */
export function errorMessage(error: unknown): string {
  const e = error as any;
  return e?.message ?? e?.data?.error?.message ?? e?.error ?? String(error);
}
