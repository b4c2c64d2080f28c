-- Document resources now check scopes (xAPI 1.0.3 Communication §4.2): State needs `state`, the profile
-- resources `profile` (reads also `all/read`), and only statements from `define` (or `all`) clients shape
-- canonical activity definitions. Before, any client could use the documents and every statement defined
-- activities: clients issued before this migration keep what they used, so that they go on working —
-- statement writers and `state` clients get `state`/`profile`, statement writers `define`. Read-only
-- clients gain nothing (`all/read` reads documents; `statements/read(/mine)` alone no longer does).
UPDATE lrs_client SET scopes = CONCAT(scopes, ' state')
WHERE CONCAT(' ', scopes, ' ') NOT LIKE '% all %' AND CONCAT(' ', scopes, ' ') NOT LIKE '% state %'
  AND CONCAT(' ', scopes, ' ') LIKE '% statements/write %';
UPDATE lrs_client SET scopes = CONCAT(scopes, ' profile')
WHERE CONCAT(' ', scopes, ' ') NOT LIKE '% all %' AND CONCAT(' ', scopes, ' ') NOT LIKE '% profile %'
  AND (CONCAT(' ', scopes, ' ') LIKE '% statements/write %' OR CONCAT(' ', scopes, ' ') LIKE '% state %');
UPDATE lrs_client SET scopes = CONCAT(scopes, ' define')
WHERE CONCAT(' ', scopes, ' ') NOT LIKE '% all %' AND CONCAT(' ', scopes, ' ') NOT LIKE '% define %'
  AND CONCAT(' ', scopes, ' ') LIKE '% statements/write %';
