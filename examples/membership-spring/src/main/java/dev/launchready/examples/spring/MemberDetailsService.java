package dev.launchready.examples.spring;

import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the shared member store: the username is the email. */
final class MemberDetailsService implements UserDetailsService {

    static final String ROLE = "MEMBER";

    private final MemberStore members;

    MemberDetailsService(MemberStore members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Member member = members.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("no such member"));
        return details(member);
    }

    static UserDetails details(Member member) {
        return User.withUsername(member.email()).password(member.passwordHash()).roles(ROLE).build();
    }
}
