;;; test.el --- Emacs (batch) with eglot against `cmplan lsp' -*- lexical-binding: t -*-
;; Loads the configuration of docs/editors.md (cmplan-eglot.el, with cmplan-mode.el installed in
;; ~/.emacs.d/lisp/ as the docs say), opens a plan, and checks the diagnostics, a hover and a quick
;; fix applied to the buffer; then cmplan-mode's colours.  Run by tools/editors/run.sh.

(require 'cl-lib)
(load (expand-file-name "cmplan-eglot.el" (file-name-directory load-file-name)) nil t)
(unless (featurep 'cmplan-mode) (error "cmplan-mode.el was not loaded from ~/.emacs.d/lisp"))

(defvar cmplan-test-patience 30 "Seconds to wait for each step.")

(defun cmplan-test-fail (format-string &rest args)
  ;; The events and stderr buffers outlive a server that died, which eglot-current-server would not find.
  (dolist (buffer (buffer-list))
    (when (string-match-p "\\` ?\\*EGLOT .* \\(events\\|stderr\\)\\*\\'" (buffer-name buffer))
      (message "--- %s ---\n%s" (buffer-name buffer) (with-current-buffer buffer (buffer-string)))))
  (message "emacs: FAILED: %s" (apply #'format format-string args))
  (kill-emacs 1))

(defun cmplan-test-wait (what condition)
  (let ((deadline (+ (float-time) cmplan-test-patience)))
    (while (not (funcall condition))
      (when (> (float-time) deadline)
        (cmplan-test-fail "timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun cmplan-test-codes ()
  "The diagnostics Flymake shows, as \"code@line\", sorted."
  (string-join
   (sort (mapcar (lambda (d)
                   (format "%s@%d"
                           (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code)
                           (line-number-at-pos (flymake-diagnostic-beg d))))
                 (flymake-diagnostics))
         #'string<)
   " "))

(defun cmplan-test-goto (line column)
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char column))

(condition-case err
    (progn
      (find-file (getenv "CMPLAN_PLAN"))
      (unless (eq major-mode 'cmplan-mode) (cmplan-test-fail "not in cmplan-mode"))
      ;; eglot-ensure connects after the command that visited the file; batch mode runs none.
      (run-hooks 'post-command-hook)
      (cmplan-test-wait "eglot to manage the buffer" (lambda () (bound-and-true-p eglot--managed-mode)))
      (flymake-start)

      ;; 1. Diagnostics, after the server asked for cmplan.now.
      (cmplan-test-wait "diagnostics"
                        (lambda () (equal (cmplan-test-codes) "unbounded-repost@12 whitespace@13")))

      ;; 2. Hover on the post's id: its publication dates.
      (cmplan-test-goto 9 6)
      (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                     (eglot--TextDocumentPositionParams)))
             (text (plist-get (plist-get hover :contents) :value)))
        (unless (and (string-search "Wed 10 Mar 2027 12:30" text) (string-search "Wed 30 Jun 2027 12:30" text))
          (cmplan-test-fail "hover without the dates: %s" text)))

      ;; 3. The preferred quick fix, executed the way eglot executes a chosen action.
      (cmplan-test-goto 12 9)
      (let* ((actions (eglot-code-actions (point) (line-end-position) "quickfix"))
             (preferred (cl-find-if (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
        (unless preferred (cmplan-test-fail "no preferred quick fix among %d actions" (length actions)))
        (eglot--read-execute-code-action (list preferred) (eglot-current-server) "quickfix"))

      ;; 4. The buffer holds the fix; the server, told of the change, drops unbounded-repost and
      ;; raises nothing (a fix only removes problems: it stops at the 10th repost, max-repeats).
      (let ((line (save-excursion (cmplan-test-goto 12 0) (buffer-substring (point) (line-end-position)))))
        (unless (equal line "  repeat every 7d until 2027-05-19 12:30")
          (cmplan-test-fail "line 12 is now: %s" line)))
      ;; Eglot sends changes from an idle timer, and batch mode is never idle: do what it does.
      (eglot--signal-textDocument/didChange)
      (cmplan-test-wait "the diagnostics after the fix"
                        (lambda () (equal (cmplan-test-codes) "whitespace@13")))

      (eglot-shutdown (eglot-current-server))
      (message "emacs: diagnostics, hover and quick fix OK")

      ;; 5. cmplan-mode's colours, without the server (eglot has no semantic tokens).
      (find-file (getenv "CMPLAN_COLOURS"))
      (font-lock-ensure)
      (dolist (expected '(("plan \"" 0 font-lock-keyword-face)
                          ("\"Printemps" 0 font-lock-string-face)
                          ("# the plan" 0 font-lock-comment-face)
                          ("timezone" 0 font-lock-type-face)
                          ("2027-03-01" 0 font-lock-constant-face)
                          ("weekdays" 0 font-lock-builtin-face)
                          ("atelier\n" 0 font-lock-function-name-face)
                          ("7d " 0 font-lock-constant-face)
                          ("Atelier «" 0 cmplan-text-face)
                          ("#Lyon" 0 cmplan-hashtag-face)
                          ("@cyclo" 0 cmplan-hashtag-face)
                          ("https://example.org/atelier" 0 link)
                          ("# pas un" 0 cmplan-text-face)
                          ("tags printemps" 0 font-lock-type-face)))
        (goto-char (point-min))
        (unless (search-forward (car expected) nil t)
          (cmplan-test-fail "%S is not in the colours fixture" (car expected)))
        (let* ((at (+ (match-beginning 0) (nth 1 expected)))
               (face (get-text-property at 'face))
               (faces (if (listp face) face (list face))))
          (unless (memq (nth 2 expected) faces)
            (cmplan-test-fail "%S has the faces %S, not %S" (car expected) face (nth 2 expected)))))
      (message "emacs: cmplan-mode colours OK")
      (kill-emacs 0))
  (error (cmplan-test-fail "%S" err)))
