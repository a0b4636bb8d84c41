import { useFetchClient } from '@strapi/strapi/admin';
import type { GetArticleContext, GetBoard, GetSettings } from '../../shared/contracts/board';
import type { AddMilestone } from '../../shared/contracts/editing';
import type {
  ListActions,
  PlanRequest,
  ScheduleRequest,
  ScheduleResponse,
} from '../../shared/contracts/schedule';

/** The plugin's admin API, typed with the shared contracts. */
export function useNewsroomApi() {
  const { get, post, put, del } = useFetchClient();
  return {
    settings: async () => (await get<GetSettings.Response>('/newsroom/board/settings')).data.data,
    board: async () => (await get<GetBoard.Response>('/newsroom/board/series')).data,
    article: async (documentId: string, locale: string) =>
      (
        await get<GetArticleContext.Response>(`/newsroom/board/articles/${documentId}`, {
          params: { locale },
        })
      ).data,
    reorder: (seriesDocumentId: string, order: string[], locale: string) =>
      put(`/newsroom/series/${seriesDocumentId}/order`, { order, locale }),
    schedule: async (body: ScheduleRequest) =>
      (await post<ScheduleResponse>('/newsroom/schedule/actions', body)).data,
    cancel: (id: string) => del(`/newsroom/schedule/actions/${id}`),
    reschedule: (id: string, body: Partial<ScheduleRequest>) => put(`/newsroom/schedule/actions/${id}`, body),
    plan: async (body: PlanRequest) => (await post<ScheduleResponse>('/newsroom/schedule/plans', body)).data,
    actions: async (params: Record<string, string | number>) =>
      (await get<ListActions.Response>('/newsroom/schedule/actions', { params })).data,
    timelines: async () =>
      (await get<{ data: any[]; meta: { zone: string } }>('/newsroom/board/timelines')).data,
    timeline: async (slug: string) =>
      (await get<{ data: any }>(`/newsroom/board/timelines/${slug}`)).data.data,
    /** Adds a milestone at a wall-clock time; 409 when someone saved the timeline since `version`. */
    addMilestone: async (documentId: string, body: AddMilestone.Request) =>
      (await post<AddMilestone.Response>(`/newsroom/timelines/${documentId}/milestones`, body)).data.data,
  };
}

export type NewsroomApi = ReturnType<typeof useNewsroomApi>;

/** The message of a failed admin call: Strapi's error sentence when there is one. */
export function errorMessage(error: unknown): string {
  const e = error as any;
  return e?.response?.data?.error?.message ?? e?.message ?? String(error);
}
