import type { Sql, TransactionSql } from 'postgres'

/** A connection pool or an open transaction: query functions accept either. */
export type Db = Sql | TransactionSql
