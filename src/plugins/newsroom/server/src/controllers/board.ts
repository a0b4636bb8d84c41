/** Controllers behind the Newsroom page and the edit-view panel (owned by the admin UI work). */
export default {} as Record<string, any>;
