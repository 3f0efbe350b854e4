package dev.launchready.examples.spring;

import dev.launchready.examples.common.web.Credentials;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON login request presented as the form Spring Security's form login reads. */
final class CredentialsRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    CredentialsRequest(HttpServletRequest request, Credentials credentials) {
        super(request);
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.put(SecurityConfig.EMAIL_FIELD, new String[] {credentials.email()});
        parameters.put(SecurityConfig.PASSWORD_FIELD, new String[] {credentials.password()});
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
