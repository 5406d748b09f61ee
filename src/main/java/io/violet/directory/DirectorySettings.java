package io.violet.directory;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directory settings.
 *
 * @param admins Slack user ids who administer Violet ({@code VIOLET_ADMINS})
 */
@ConfigurationProperties("violet")
public record DirectorySettings(@DefaultValue List<String> admins) {

}
