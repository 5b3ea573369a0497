/**
 * How the section reads records: colleagues change them all day, so a page shows what it has at
 * once and then what the centre says now; an answer with errors keeps the parts that came.
 */
export const freshRecords = { errorPolicy: 'all', fetchPolicy: 'cache-and-network' } as const;
