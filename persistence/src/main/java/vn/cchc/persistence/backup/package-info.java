/**
 * Backup and restore of embedded Derby: the online backup the running server makes of its own database
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), and the offline restore from such a copy ({@code restoreFrom}), run with
 * the server stopped ({@code tools/backup/derby-restore.sh}). PostgreSQL is backed up from outside with pg_dump.
 */
package vn.cchc.persistence.backup;
