package dev.launchready.examples.spring;

import dev.launchready.examples.common.AppConfig;
import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.MemberStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The shared membership parts as Spring beans. */
@Configuration(proxyBeanMethods = false)
class MembershipBeans {

    /** Read through Spring's Environment, which sees OS variables and also test properties with the same names. */
    @Bean
    AppConfig appConfig(Environment environment) {
        AppConfig config = AppConfig.from(environment::getProperty);
        config.logSummary();
        return config;
    }

    @Bean
    Membership membership(AppConfig config) {
        return Membership.create(config);
    }

    @Bean
    MemberStore memberStore(Membership membership) {
        return membership.members();
    }
}
