-- SmartPick store, version 1. One migration set for H2 and PostgreSQL: portable SQL only.
CREATE TABLE profile (
  id           VARCHAR(36)              NOT NULL PRIMARY KEY,
  display_name VARCHAR(200)             NOT NULL,
  document     VARCHAR(1000000)         NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT                   NOT NULL
);

CREATE TABLE saved_result (
  id           VARCHAR(36)              NOT NULL PRIMARY KEY,
  profile_id   VARCHAR(36)              NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
  kind         VARCHAR(40)              NOT NULL,
  document     VARCHAR(1000000)         NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX saved_result_by_profile ON saved_result (profile_id, created_at);
