-- Grain state for every Staffing grain, keyed by the grain's state name and grain id.
-- The etag is an opaque token replaced on every write; a write or delete that does not
-- present the stored etag changes nothing, which the silo reports as a conflict.
CREATE TABLE staffing_grain_state
(
    state_name      varchar(256)  NOT NULL,
    grain_id        varchar(512)  NOT NULL,
    payload         bytea         NOT NULL,
    etag            varchar(64)   NOT NULL,
    modified_utc_ms bigint        NOT NULL,
    CONSTRAINT pk_staffing_grain_state PRIMARY KEY (state_name, grain_id)
);

-- Orleans' ADO.NET clustering and reminder providers read the SQL they run from this
-- catalog (query key -> query text) when they start; the name and both columns are
-- fixed by those providers.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);
