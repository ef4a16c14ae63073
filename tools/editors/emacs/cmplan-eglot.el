;; CmPlan with eglot (Emacs 28 with elpa-eglot 1.9; eglot is built into Emacs 29 and later).
(require 'eglot)

(define-derived-mode cmplan-mode prog-mode "CmPlan"
  "Major mode for CmPlan content plans."
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("\\.cmplan\\'" . cmplan-mode))
(add-to-list 'eglot-server-programs '(cmplan-mode . ("cmplan" "lsp")))
(add-hook 'cmplan-mode-hook #'eglot-ensure)

;; Optional: check plans as of a fixed date instead of today. Eglot 1.9 answers the
;; server's request for the section "cmplan.now" with the key of that very name.
(setq-default eglot-workspace-configuration '(:cmplan.now "2027-02-01"))
