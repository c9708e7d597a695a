/**
 * The platform's domain model: JPA entities, value objects and the rules that need only the entity
 * itself. It knows no services, no Faces and no REST; business services in the EJB module load
 * these entities, ask them whether a change is legal and store them.
 */
package eu.cginternational.domain;
