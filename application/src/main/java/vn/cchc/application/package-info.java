/**
 * The application (service) layer: one transaction per write, the caller's rights checked first, every rule
 * checked before anything is written, every change recorded in the audit trail. The GraphQL classes stay thin and
 * call it; the rules themselves live in the entities and in {@link vn.cchc.application.security.AccessPolicy}.
 */
package vn.cchc.application;
