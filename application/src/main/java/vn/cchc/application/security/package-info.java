/** Who is calling (vai trò người dùng) and what each role may do: one pure access policy for reads and writes. */
package vn.cchc.application.security;
