-- Backlogs (an LRS back after an outage, a backfill) are sent in batches that grow from batch_size up to
-- catch_up_batch_size while the queue stays full; live traffic keeps batch_size. Equal values turn it off.
ALTER TABLE lrs_target ADD COLUMN catch_up_batch_size INT NOT NULL DEFAULT 250;
UPDATE lrs_target SET catch_up_batch_size = batch_size WHERE batch_size > 250;
