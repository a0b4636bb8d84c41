/**
 * Editors' saves with a version check, under /newsroom. The Content
 * Manager's permissions (read / update / publish, per locale) are checked in
 * the controller, so a role edits here exactly what it may edit there.
 */
const signedIn = { policies: ['admin::isAuthenticatedAdmin'] };

export default [
  { method: 'GET', path: '/articles/:documentId/draft', handler: 'editing.article', config: signedIn },
  { method: 'PUT', path: '/articles/:documentId/draft', handler: 'editing.saveArticle', config: signedIn },
  {
    method: 'POST',
    path: '/timelines/:documentId/milestones',
    handler: 'editing.addMilestone',
    config: signedIn,
  },
];
