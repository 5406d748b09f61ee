-- Bearer tokens of the pipelines that report model scans; only a SHA-256 hash of each token is kept.
-- active_name is the name while the token is valid and NULL once revoked, so a name can be reissued.
CREATE TABLE scan_token
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(64)  NOT NULL,
  active_name VARCHAR(64)  NULL,
  token_hash  VARCHAR(64)  NOT NULL,
  created_by  VARCHAR(32)  NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  last_used_at TIMESTAMP(6) NULL,
  revoked_by  VARCHAR(32)  NULL,
  revoked_at  TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY scan_token_hash (token_hash),
  UNIQUE KEY scan_token_active_name (active_name)
);

-- Model security scan results, from pipelines or recorded by hand.
CREATE TABLE scan_result
(
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  initiative_key    VARCHAR(20)   NOT NULL,
  component_name    VARCHAR(200)  NOT NULL,
  component_version VARCHAR(100)  NOT NULL,
  tool              VARCHAR(100)  NOT NULL,
  outcome           VARCHAR(10)   NOT NULL,
  summary           VARCHAR(3000) NULL,
  critical_findings INT           NOT NULL,
  high_findings     INT           NOT NULL,
  medium_findings   INT           NOT NULL,
  low_findings      INT           NOT NULL,
  report_url        VARCHAR(1000) NULL,
  reported_by       VARCHAR(100)  NOT NULL,
  idempotency_key   VARCHAR(200)  NULL,
  recorded_at       TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY scan_result_once (reported_by, idempotency_key),
  INDEX scan_result_by_component (initiative_key, component_name, component_version)
);
