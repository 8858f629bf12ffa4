/** The API's one error model: {@link vn.cchc.api.error.ApiException} with a stable code, named argument, no internals. */
package vn.cchc.api.error;
