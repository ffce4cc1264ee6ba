/** The officer's memo details the memo tests share (draft fields, layout, writers). */
export const memoOfficerFixture = {
  to: 'the Minister of Foreign Affairs',
  from: 'Assistant Deputy Minister, Asia Pacific',
  preparedBy: 'Jane Doe',
  preparedByTitle: 'Senior Policy Analyst',
  preparedByPhone: '613-555-0100',
  approvedBy: 'John Smith',
  approvedByTitle: 'Director General',
} as const;
