/** Dossiers (hồ sơ) received by one-stop shops and their lifecycle; the jobs that import them in bulk. */
package vn.cchc.domain.dossier;
