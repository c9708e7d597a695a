/** Pages of a school's administrators that belong to no other part: the requests for an account. */
package eu.cginternational.web.view.school;
