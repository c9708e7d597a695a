package eu.cginternational.web.view.signing;

import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /signing/inbox.xhtml}: the documents waiting for the reader's signature, oldest turn first, as a lazy list. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SigningEngine engine;

    private PagedModel<Signer> waiting;

    @PostConstruct
    void init() {
        SigningEngine service = engine;
        waiting = new PagedModel<>(service::inboxItems, filters -> service.inboxCount(), Signer::getId);
    }

    public PagedModel<Signer> getWaiting() {
        return waiting;
    }
}
