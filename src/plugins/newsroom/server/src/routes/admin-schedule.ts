/** Scheduled publishing's admin routes (owned by the scheduler). */
export default [] as any[];
