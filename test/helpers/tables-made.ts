/** The tables this test file made on the run's DynamoDB Local, dropped when it ends (drop-tables.ts). */
export const tablesOfThisFile: string[] = [];
