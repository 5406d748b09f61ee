-- The ML-BOM inventory: the components each initiative is built from, once per name and version.
CREATE TABLE bom_component
(
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  initiative_key         VARCHAR(20)   NOT NULL,
  kind                   VARCHAR(10)   NOT NULL,
  name                   VARCHAR(200)  NOT NULL,
  version                VARCHAR(100)  NOT NULL,
  supplier               VARCHAR(200)  NULL,
  license                VARCHAR(100)  NULL,
  sha256                 VARCHAR(64)   NULL,
  url                    VARCHAR(1000) NULL,
  approach               VARCHAR(30)   NULL,
  task                   VARCHAR(200)  NULL,
  datasets_used          VARCHAR(1000) NULL,
  limitations            VARCHAR(2000) NULL,
  ethical_considerations VARCHAR(2000) NULL,
  provenance             VARCHAR(1000) NULL,
  personal_data          BOOLEAN       NOT NULL,
  added_by               VARCHAR(32)   NOT NULL,
  added_at               TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY bom_component_once (initiative_key, name, version),
  INDEX bom_component_by_name (name, version)
);

-- Validated CycloneDX exports waiting for (or done with) their upload into the initiative's thread.
CREATE TABLE bom_export
(
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  initiative_key VARCHAR(20)  NOT NULL,
  requested_by   VARCHAR(32)  NOT NULL,
  requested_at   TIMESTAMP(6) NOT NULL,
  component_count INT         NOT NULL,
  document       MEDIUMTEXT   NOT NULL,
  file_id        VARCHAR(40)  NULL,
  uploaded_at    TIMESTAMP(6) NULL,
  PRIMARY KEY (id)
);
