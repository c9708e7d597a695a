/**
 * Documents the platform issues as PDF: the layout they share, with an embedded Unicode font so
 * that Albanian and Montenegrin letters show on every reader, and output that depends only on the
 * document's data (no clock, no random), so that the same version always gives the same bytes
 * and can be hashed and signed later. What each document says is decided by the services.
 */
package eu.cginternational.service.documents;
