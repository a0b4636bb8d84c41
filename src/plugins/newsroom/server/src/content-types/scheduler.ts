/** Content types of scheduled publishing (owned by the scheduler work). */
export default {} as Record<string, any>;
