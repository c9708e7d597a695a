/** Research and policy: the public register of publications and policy recommendations, kept by the coordinators. */
package eu.cginternational.service.policy;
