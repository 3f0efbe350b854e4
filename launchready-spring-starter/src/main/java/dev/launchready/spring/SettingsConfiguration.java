package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    /** Read and validated once; a bad value stops startup here, naming the key. */
    @Bean
    @ConditionalOnMissingBean
    LaunchReadySettings launchReadySettings(Environment environment) {
        SpringSettings.warnAboutUnknownKeys(environment);
        return SpringSettings.read(environment);
    }
}
