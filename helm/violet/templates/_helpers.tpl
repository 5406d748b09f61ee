{{/*
Chart name, cut to the 63 characters Kubernetes allows in a name.
*/}}
{{- define "violet.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the release's resources. The release name is used as is when it
already contains the chart name.
*/}}
{{- define "violet.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version for the helm.sh/chart label.
*/}}
{{- define "violet.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels on every resource.
*/}}
{{- define "violet.labels" -}}
helm.sh/chart: {{ include "violet.chart" . }}
{{ include "violet.selectorLabels" . }}
app.kubernetes.io/version: {{ include "violet.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: violet
{{- end }}

{{/*
Labels that select the release's pods; they never change between upgrades.
*/}}
{{- define "violet.selectorLabels" -}}
app.kubernetes.io/name: {{ include "violet.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the ServiceAccount the pods run as.
*/}}
{{- define "violet.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "violet.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image tag: the configured tag or the chart's appVersion.
*/}}
{{- define "violet.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag }}
{{- end }}

{{/*
Full image reference.
*/}}
{{- define "violet.image" -}}
{{- printf "%s:%s" .Values.image.repository (include "violet.imageTag" .) }}
{{- end }}

{{/*
Name of the Secret holding tokens and the database password: the one the chart
creates, or the existing one, which is then required.
*/}}
{{- define "violet.secretName" -}}
{{- if .Values.secrets.create }}
{{- include "violet.fullname" . }}
{{- else }}
{{- required "secrets.existingSecret is required when secrets.create is false: name the Secret that holds the Slack tokens and the database password, or set secrets.create=true" .Values.secrets.existingSecret }}
{{- end }}
{{- end }}

{{/*
Name of the ConfigMap with the non-secret settings.
*/}}
{{- define "violet.configMapName" -}}
{{- printf "%s-config" (include "violet.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
VIOLET_ADMINS from a list or a comma-separated string.
*/}}
{{- define "violet.admins" -}}
{{- if kindIs "slice" .Values.violet.admins }}
{{- join "," .Values.violet.admins }}
{{- else }}
{{- .Values.violet.admins | default "" | toString }}
{{- end }}
{{- end }}

{{/*
Whether a PodDisruptionBudget is rendered.
*/}}
{{- define "violet.pdbEnabled" -}}
{{- if or .Values.podDisruptionBudget.enabled (gt (int .Values.replicaCount) 1) }}true{{- end }}
{{- end }}

{{/*
Checks on combinations of values that Kubernetes would not catch.
*/}}
{{- define "violet.validate" -}}
{{- if not (has (toString .Values.podAntiAffinity) (list "soft" "hard" "none" "")) }}
{{- fail (printf "podAntiAffinity must be soft, hard or none, not %q" (toString .Values.podAntiAffinity)) }}
{{- end }}
{{- if eq (int .Values.ports.http) (int .Values.ports.management) }}
{{- fail "ports.http and ports.management must differ: the management port is never exposed" }}
{{- end }}
{{- if not (has (toString .Values.tracker.kind) (list "" "jira" "github")) }}
{{- fail (printf "tracker.kind must be jira, github or empty, not %q" (toString .Values.tracker.kind)) }}
{{- end }}
{{- if and (eq (toString .Values.tracker.kind) "jira") (not .Values.tracker.url) }}
{{- fail "tracker.url is required when tracker.kind is jira: the Jira Cloud site, e.g. https://acme.atlassian.net" }}
{{- end }}
{{- if .Values.tracker.kind }}
{{- $_ := required "secrets.keys.trackerToken is required when tracker.kind is set: the Secret key that holds the tracker's API token" .Values.secrets.keys.trackerToken }}
{{- end }}
{{- $_ := required "secrets.keys.botToken is required: the Secret key that holds the bot token" .Values.secrets.keys.botToken }}
{{- $_ := required "secrets.keys.databasePassword is required: the Secret key that holds the database password" .Values.secrets.keys.databasePassword }}
{{- if .Values.slack.socketMode }}
{{- $_ := required "secrets.keys.appToken is required when slack.socketMode is true: the Secret key that holds the app-level token (xapp-…)" .Values.secrets.keys.appToken }}
{{- else }}
{{- $_ := required "secrets.keys.signingSecret is required in HTTP mode (slack.socketMode=false): the Secret key that holds the signing secret" .Values.secrets.keys.signingSecret }}
{{- end }}
{{- end }}
