/**
 * Draft previews and share links, under /newsroom. Who may call them is
 * decided by the Content Manager's read permission on the type and locale
 * (checked in the controller), as for reading the draft itself.
 */
const signedIn = { policies: ['admin::isAuthenticatedAdmin'] };

export default [
  { method: 'GET', path: '/previews/url', handler: 'previews.url', config: signedIn },
  { method: 'GET', path: '/share-links', handler: 'previews.list', config: signedIn },
  { method: 'POST', path: '/share-links', handler: 'previews.create', config: signedIn },
  { method: 'DELETE', path: '/share-links/:id', handler: 'previews.revoke', config: signedIn },
];
