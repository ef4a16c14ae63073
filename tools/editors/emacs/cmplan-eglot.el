;; CmPlan with eglot (Emacs 28 with elpa-eglot 1.9; eglot is built into Emacs 29 and later).
;; cmplan-mode.el (colours, comments) is saved in ~/.emacs.d/lisp/.
(add-to-list 'load-path (locate-user-emacs-file "lisp"))
(require 'cmplan-mode)
(require 'eglot)
(add-to-list 'eglot-server-programs '(cmplan-mode . ("cmplan" "lsp" "--stdio")))
(add-hook 'cmplan-mode-hook #'eglot-ensure)

;; Optional: check plans as of a fixed date instead of today. Eglot 1.9 answers the
;; server's request for the section "cmplan.now" with the key of that very name.
(setq-default eglot-workspace-configuration '(:cmplan.now "2027-02-01"))
