package org.networkacademy.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Answers the first page load of an address that is no route with HTTP 404.
 *
 * <p>Vaadin serves the same bootstrap page (status 200) for every address and runs the router only
 * in the browser's next request, where {@link NotFoundView} is shown; the status that view returns
 * from {@code setErrorParameter} reaches the HTTP response only with "eager server load", which
 * changes how every page loads (the router runs in the page request as well, vaadin/flow#16046).
 * So the bootstrap page itself is answered with 404 when the route
 * registry has no view for the address; the page then starts as usual and shows {@link NotFoundView}.
 * Addresses that match a route whose view then finds nothing (e.g. an unknown lesson id) keep
 * status 200 and show the same view.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(NotFoundStatus::setStatus);
    }

    private static void setStatus(IndexHtmlResponse response) {
        if (!isRoute(response.getVaadinRequest())) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** @return whether a view is registered for the request's path (with its route parameters) */
    static boolean isRoute(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        path = path.replaceAll("^/+|/+$", "");
        return ApplicationRouteRegistry.getInstance(request.getService().getContext()).getNavigationTarget(path).isPresent();
    }
}
