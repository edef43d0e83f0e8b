package org.creativeautomation.plugins.stablediffusion.automatic1111;

import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.creativeautomation.engine.spi.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends the WebUI's {@code --api-auth user:password} as HTTP basic authentication on every call.
 * The header is built per request from the {@link Secret}, so no string holding the password is
 * kept where a debugger or a log formatter would show it.
 */
final class BasicAuthentication implements Interceptor {
    private final Secret userAndPassword;

    private BasicAuthentication(Secret userAndPassword) {
        this.userAndPassword = userAndPassword;
    }

    /**
     * @throws IllegalArgumentException naming {@code setting} when the value is not {@code user:password}
     */
    static BasicAuthentication of(Secret userAndPassword, String setting) {
        String value = userAndPassword.reveal();
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            // Neither the value nor a part of it goes into the message: it is a credential.
            throw new IllegalArgumentException(setting + " must be user:password, as given to the WebUI's --api-auth");
        }
        return new BasicAuthentication(userAndPassword);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String value = userAndPassword.reveal();
        int colon = value.indexOf(':');
        String header = Credentials.basic(value.substring(0, colon), value.substring(colon + 1), StandardCharsets.UTF_8);
        return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
    }

    @Override
    public String toString() {
        return "BasicAuthentication[***]";
    }
}
