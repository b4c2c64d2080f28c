-- Deliveries not yet added to lrs_target.sent_count. A sender adds its batch's count to the target row in the
-- batch's own transaction when it can lock that row at once; when another transaction holds it, the count goes
-- here instead, still in the batch's transaction (so a kill -9 right after the commit loses no count), and is
-- folded into sent_count afterwards. No foreign key on purpose: its check would wait for the locked target row.
CREATE TABLE lrs_target_delivery (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id    BIGINT      NOT NULL,
    delivered    INT         NOT NULL,
    delivered_at TIMESTAMP(6) NOT NULL,
    KEY ix_lrs_target_delivery_target (target_id, id)
) ENGINE = InnoDB;
