# syntax=docker/dockerfile:1
#
# Violet container image: docker build -t violet .
#
# The build stage compiles the application with the Maven wrapper and splits
# the Spring Boot jar into layers; the runtime stage copies the layers from the
# least to the most frequently changing one, so a code change rebuilds only the
# small top layer.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# The wrapper and the POM first: the dependency download stays cached until
# pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline

COPY src src
RUN ./mvnw -B -DskipTests package \
	&& cp target/violet-*.jar application.jar \
	&& java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre

# A fixed non-root uid/gid matches the Helm chart's runAsUser/runAsGroup.
# The insights charts are drawn headless with JFreeChart, which needs a font and
# fontconfig to measure text; the JRE image does not promise either.
RUN apt-get update \
	&& apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
	&& rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 violet \
	&& useradd --system --uid 10001 --gid violet --home-dir /app --no-create-home --shell /usr/sbin/nologin violet

WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

USER 10001:10001

# The root filesystem may be read-only (it is in the Helm chart): keep
# temporary files in /tmp, which the chart mounts as an emptyDir.
# TieredStopAtLevel=1 compiles with C1 only: Violet's work comes in bursts of small,
# I/O-bound requests, and on one or two cores the C2 compiler's catching-up after each
# start competes with those bursts for hours (docs/operations.md, "JVM options").
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:TieredStopAtLevel=1 -Djava.io.tmpdir=/tmp"

# 8080: /slack/events and the other application endpoints (PORT).
# 8081: actuator health and metrics (MANAGEMENT_SERVER_PORT).
EXPOSE 8080 8081

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
