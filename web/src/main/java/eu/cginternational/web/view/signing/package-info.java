/**
 * Pages of the signing engine: the reusable signing panel ({@code /WEB-INF/includes/signing.xhtml}),
 * the document page {@code /signing/sign.xhtml}, the signer's inbox {@code /signing/inbox.xhtml}
 * and the public verification page {@code /verify.xhtml}.
 */
package eu.cginternational.web.view.signing;
