/**
 * Countries and the institutions that belong to them: VET schools, ministries and national
 * agencies, project partners and companies. Every user belongs to one institution, and every
 * institution to one country; this is what data scoping hangs on.
 */
package eu.cginternational.domain.institution;
