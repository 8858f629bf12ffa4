/**
 * Who calls the API: the caller of the current request, from the server's authentication (a Basic user of the
 * development registry or a MicroProfile JWT), with its roles and unit; and the access checks of the read side.
 */
package vn.cchc.api.security;
