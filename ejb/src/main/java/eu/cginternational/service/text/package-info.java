/** Text that users write and others read: rich text reduced to what cannot run in a reader's browser. */
package eu.cginternational.service.text;
