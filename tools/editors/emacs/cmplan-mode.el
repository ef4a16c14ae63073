;;; cmplan-mode.el --- Major mode for CmPlan content plans -*- lexical-binding: t -*-

;; Copyright (c) The CmPlan authors
;; License: MIT
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; URL: https://github.com/cmplan/cmplan

;;; Commentary:

;; Colours for `.cmplan' files without a language server (eglot 1.9 has no semantic tokens):
;; block keywords and ids, property keys, dates, times, durations, percents, day and severity
;; words, strings, comments, and inside text blocks hashtags, mentions and links (there `#' is
;; content, not a comment).  With eglot, `cmplan lsp' adds the checks, hover and quick fixes:
;;
;;   (require 'cmplan-mode)
;;   (add-to-list 'eglot-server-programs '(cmplan-mode . ("cmplan" "lsp" "--stdio")))
;;   (add-hook 'cmplan-mode-hook #'eglot-ensure)

;;; Code:

(require 'cl-lib)

(defgroup cmplan nil "CmPlan content plans." :group 'languages)

(defface cmplan-hashtag-face '((t :inherit font-lock-constant-face))
  "Face of hashtags and mentions in post texts." :group 'cmplan)

(defface cmplan-text-face '((t :inherit font-lock-string-face))
  "Face of the lines of a text block." :group 'cmplan)

(defconst cmplan--text-header
  "^\\([ \t]+\\)text\\(?:[ \t]+[^\"#\n]*[^\"# \t\n]\\)?[ \t]*\\(?:#.*\\)?$"
  "A `text' property with no value on its line: the lines indented deeper are its text block.")

(defun cmplan--indentation ()
  (save-excursion (back-to-indentation) (current-column)))

(defun cmplan--blank-line-p ()
  (save-excursion (beginning-of-line) (looking-at-p "[ \t]*$")))

(defun cmplan--in-text-block-p (&optional pos)
  "Whether the line at POS is a line of a text block.
Walking up, each line less indented than all below it is either the block's `text' line
\(then this line is in it), another line of the text, or a property or header (then not)."
  (save-excursion
    (when pos (goto-char pos))
    (beginning-of-line)
    (unless (cmplan--blank-line-p)
      (let ((least (cmplan--indentation)) (found nil) (done nil))
        (while (and (not done) (zerop (forward-line -1)))
          (unless (cmplan--blank-line-p)
            (let ((indent (cmplan--indentation)))
              (when (< indent least)
                (cond ((looking-at-p cmplan--text-header) (setq found t done t))
                      ((zerop indent) (setq done t))
                      (t (setq least indent)))))))
        found))))

(defun cmplan--search (regexp inside-text limit)
  "Search REGEXP up to LIMIT, keeping only matches in text blocks when INSIDE-TEXT, outside them otherwise."
  (let (found)
    (while (and (not found) (re-search-forward regexp limit t))
      (when (eq (and (cmplan--in-text-block-p (match-beginning 0)) t) inside-text)
        (setq found t)))
    found))

(defun cmplan--comment (limit)
  "A comment: `#' at the start of a line or after a blank, outside text blocks and strings."
  (let (found)
    (while (and (not found) (cmplan--search "\\(?:^\\|[ \t]\\)\\(#.*\\)$" nil limit))
      (let ((before (buffer-substring (line-beginning-position) (match-beginning 1))))
        ;; An odd number of unescaped quotes before it: the # is inside a string.
        (when (cl-evenp (cl-count ?\" (replace-regexp-in-string "\\\\." "" before)))
          (setq found t))))
    found))

(defun cmplan--text-line (limit)
  (cmplan--search "^[ \t]+\\(.+\\)$" t limit))

(defun cmplan--hashtag (limit)
  (cmplan--search "\\(?:^\\|[^[:alnum:]_&]\\)\\([#@][[:alnum:]_.]*[[:alnum:]_]\\)" t limit))

(defconst cmplan-font-lock-keywords
  `(("^\\(plan\\|policy\\|channel\\|queue\\|post\\)\\(?:[ \t]+\\([^ \t\n#\",]+\\)\\)?\\_>"
     (1 font-lock-keyword-face) (2 font-lock-function-name-face nil t))
    ("^[^ \t\n#][^ \t\n]*" . font-lock-warning-face)
    (cmplan--text-line 1 'cmplan-text-face)
    (cmplan--hashtag 1 'cmplan-hashtag-face t)
    ("\"\\(?:[^\"\\\n]\\|\\\\.\\)*\"?" . font-lock-string-face)
    ("^[ \t]+\\([a-z][a-z-]*\\)\\_>" 1 font-lock-type-face)
    ("\\_<[0-9]\\{4\\}-[0-9][0-9]-[0-9][0-9]\\(?:[T ][0-9][0-9]:[0-9][0-9]\\)?\\_>" . font-lock-constant-face)
    ("\\_<[0-9][0-9]:[0-9][0-9]\\_>" . font-lock-constant-face)
    ("\\_<[0-9]+\\(?:min\\|mo\\|h\\|d\\|w\\|%\\)" . font-lock-constant-face)
    (,(regexp-opt '("daily" "weekdays" "weekends" "mon" "tue" "wed" "thu" "fri" "sat" "sun"
                    "error" "warning" "info" "hint" "off" "every" "times" "until"
                    "draft" "review" "approved" "alt")
                  'symbols)
     . font-lock-builtin-face)
    ("https?://[^ \t\n\"]*[^ \t\n\".,;:!?)']" 0 'link t)
    (cmplan--comment 1 font-lock-comment-face t))
  "What `cmplan-mode' colours; text blocks are told apart by indentation, as the language does.")

(defvar cmplan-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "." table)
    (modify-syntax-entry ?\" "." table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?. "_" table)
    (modify-syntax-entry ?_ "_" table)
    table)
  "Strings and comments are found by `cmplan-font-lock-keywords', not by syntax: # is content in text blocks.")

(defun cmplan--extend-region ()
  "Refontify from the block's header: whether a line is text depends on the lines above."
  (let ((start (save-excursion
                 (goto-char font-lock-beg)
                 (if (re-search-backward "^[^ \t\n]" nil t) (point) (point-min)))))
    (when (< start font-lock-beg)
      (setq font-lock-beg start))))

;;;###autoload
(define-derived-mode cmplan-mode prog-mode "CmPlan"
  "Major mode for CmPlan content plans (.cmplan)."
  :syntax-table cmplan-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 2)
  (setq-local font-lock-multiline t)
  (setq-local font-lock-defaults '(cmplan-font-lock-keywords t))
  (add-hook 'font-lock-extend-region-functions #'cmplan--extend-region nil t))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.cmplan\\'" . cmplan-mode))

(provide 'cmplan-mode)
;;; cmplan-mode.el ends here
