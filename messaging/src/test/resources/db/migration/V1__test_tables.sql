-- A stand-in for a service's own state: what the test producer changed and what the test consumer did.
CREATE TABLE ledger (
    note VARCHAR(200) NOT NULL,
    PRIMARY KEY (note)
) ENGINE = InnoDB;

CREATE TABLE effect (
    seq      BIGINT       NOT NULL AUTO_INCREMENT,
    event_id VARCHAR(200) NOT NULL,
    note     VARCHAR(200) NOT NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB;
