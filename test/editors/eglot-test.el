;;; eglot-test.el --- Emacs + Eglot (Debian's packages) against news-lens-server, in batch  -*- lexical-binding: t -*-
;;
;;   emacs --batch -Q -l eglot-test.el </dev/null
;;
;; Written for Debian bookworm: Emacs 28.2 with elpa-eglot 1.9 (Emacs 29+ bundles Eglot).
;; Env: NL_CMD         server command, split on whitespace (required)
;;      NL_ROOT        workspace folder holding the copied fixture (lisbon.txt, madrid.md)
;;      NL_TIMEOUT_MS  per-wait limit (default 15000: a busy 2-core CI box); the run is capped at 4x
;;      NL_COLUMN_MODE negative control only: "chars" makes Eglot count Emacs characters (code
;;                     points) instead of UTF-16 units, and the position checks must fail
;; stdout: one line per check, `ok - ID (detail)' or `not ok - ID: detail', and `# ...' notes.
;; exit:   0 every check passed, 1 a check failed, 2 no server (connect/ready/timeout), 3 Lisp error
;;; Code:

(require 'package)
;; -Q skips Debian's site-start, so /usr/share/emacs/site-lisp/elpa (elpa-eglot) is not on the
;; load-path: point package.el at it (a no-op where Eglot is built in).
(unless (locate-library "eglot")
  (setq package-directory-list '("/usr/share/emacs/site-lisp/elpa"))
  (package-initialize))
(require 'eglot)
(require 'xref)
(require 'subr-x)

;; Editing a file takes a lock (.#name); a second Emacs on the same file then asks on stdin and
;; dies in batch. Never lock, auto-save or back up. Read the articles as UTF-8 whatever the locale.
(setq create-lockfiles nil auto-save-default nil make-backup-files nil)
(prefer-coding-system 'utf-8)

(defun nl-env (name &optional default)
  (let ((v (getenv name))) (if (and v (> (length v) 0)) v default)))
(defvar nl-cmd (split-string (nl-env "NL_CMD" "")))
(defvar nl-root (file-name-as-directory (expand-file-name (nl-env "NL_ROOT" "."))))
(defvar nl-timeout (/ (string-to-number (nl-env "NL_TIMEOUT_MS" "15000")) 1000.0))
(defvar nl-t0 (float-time))
(defvar nl-timings nil)
(defvar nl-passed 0)
(defvar nl-failed 0)
(defvar nl-ready nil)
(defvar nl-log-errors nil)
(defvar nl-finished nil)

(defun nl-ms (since) (round (* 1000 (- (float-time) since))))
(defun nl-say (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun nl-ok (id &optional detail)
  (setq nl-passed (1+ nl-passed))
  (nl-say "ok - %s%s" id (if (and detail (not (equal detail ""))) (format " (%s)" detail) "")))
(defun nl-bad (id detail) (setq nl-failed (1+ nl-failed)) (nl-say "not ok - %s: %s" id detail))
(defun nl-check (id got want)
  (if (equal got want) (nl-ok id (and (stringp got) got))
    (nl-bad id (format "got %S, want %S" got want))))
(defun nl-check-has (id list wanted)
  (let ((missing (seq-remove (lambda (w) (member w list)) wanted)))
    (if missing (nl-bad id (format "%s missing from %S" (string-join missing ", ") list))
      (nl-ok id (string-join list ", ")))))

;; Our server's notifications: "ready" once it has indexed the workspace; errors it logs.
(cl-defmethod eglot-handle-notification (_server (_method (eql newsLens/status)) &key state &allow-other-keys)
  (when (equal state "ready") (setq nl-ready t)))
(cl-defmethod eglot-handle-notification (_server (_method (eql window/logMessage)) &key type message)
  (when (eql type 1) (push message nl-log-errors))
  (message "[server] %s" message))

(defun nl-finish (code)
  (unless nl-finished
    (setq nl-finished t)
    (push (format "total=%d" (nl-ms nl-t0)) nl-timings)
    (nl-say "# timings_ms %s" (string-join (sort nl-timings #'string<) " "))
    (let* ((server (ignore-errors (eglot-current-server)))
           (proc (and server (jsonrpc--process server))))
      (when server
        ;; shutdown + exit, then give the server 3 s to leave by itself (Eglot's own
        ;; eglot-shutdown deletes the process at once, so its exit status would say nothing).
        (setf (eglot--shutdown-requested server) t)
        (when (< code 2)
          (ignore-errors (jsonrpc-request server :shutdown nil :timeout 3))
          (ignore-errors (jsonrpc-notify server :exit nil))
          (with-timeout (3 nil) (while (process-live-p proc) (accept-process-output nil 0.01)))
          (nl-check "shutdown" (and (not (process-live-p proc)) (process-exit-status proc)) 0)
          (setq code (if (> nl-failed 0) 1 0)))
        (ignore-errors (jsonrpc-shutdown server t))))
    (kill-emacs code)))

;; Watchdog: timers fire inside accept-process-output, i.e. while a request blocks.
(run-with-timer (* 4 nl-timeout) nil
                (lambda () (nl-bad "watchdog" (format "whole run exceeded %ss" (* 4 nl-timeout))) (nl-finish 2)))

(defun nl-goto (line name &optional text first)
  "Point on the last (or FIRST) letter of NAME, found as TEXT (default NAME) on 0-based LINE."
  (goto-char (point-min))
  (forward-line line)
  (unless (search-forward (or text name) (line-end-position) t)
    (error "%s not on line %d of %s" (or text name) line (buffer-name)))
  (goto-char (match-beginning 0))
  (forward-char (if first 0 (1- (length name)))))

(defun nl-buffer (uri)
  "The buffer of URI (visiting it the way Emacs does; Eglot manages it if it is text-mode)."
  (let ((coding-system-for-read 'utf-8)) (find-file-noselect (eglot--uri-to-path uri))))

(defun nl-loc (uri range)
  "`file:line:start-end=text': raw UTF-16 numbers from the server, and the text Eglot maps them to."
  (let ((s (plist-get range :start)) (e (plist-get range :end)))
    (with-current-buffer (nl-buffer uri)
      (format "%s:%d:%d-%d=%s" (file-name-nondirectory (eglot--uri-to-path uri))
              (plist-get s :line) (plist-get s :character) (plist-get e :character)
              (buffer-substring-no-properties (eglot--lsp-position-to-point s)
                                              (eglot--lsp-position-to-point e))))))

(defun nl-xrefs (xrefs)
  "Xref items as the *xref* buffer locates them: `file:line:col=text' (1-based line, char column)."
  (sort (mapcar (lambda (x)
                  (let ((m (xref-location-marker (xref-item-location x))))
                    (with-current-buffer (marker-buffer m)
                      (save-excursion
                        (goto-char m)
                        (format "%s:%d:%d=%s" (file-name-nondirectory buffer-file-name)
                                (line-number-at-pos) (- (point) (line-beginning-position))
                                (buffer-substring-no-properties m (+ m (xref-match-length x))))))))
                xrefs)
        #'string<))

(defun nl-request (id method params)
  (let ((t1 (float-time)))
    (condition-case err
        (let ((r (jsonrpc-request (eglot--current-server-or-lose) method params :timeout nl-timeout)))
          (push (format "%s=%d" id (nl-ms t1)) nl-timings)
          (or r (progn (nl-bad id "null result") nil)))
      (error (nl-bad id (format "%S" err)) nil))))

(defun nl-hover-lines (h) (split-string (eglot--hover-info (plist-get h :contents)) "\n"))

(defmacro nl-timed (id &rest body)
  (declare (indent 1))
  `(let ((t1 (float-time))) (prog1 (progn ,@body) (push (format "%s=%d" ,id (nl-ms t1)) nl-timings))))

(defconst nl-lisbon-helena "lisbon.txt:5:27=Helena Costa") ; after "Portugal’s": one char in Emacs

(defun nl-main ()
  (setq eglot-server-programs (list (cons 'text-mode nl-cmd))
        eglot-sync-connect t ; `eglot' returns once initialized
        eglot-connect-timeout (max 1 (ceiling nl-timeout))
        eglot-autoreconnect nil
        eglot-events-buffer-size 0)
  (when (equal (getenv "NL_COLUMN_MODE") "chars")
    (setq eglot-current-column-function #'eglot-current-column
          eglot-move-to-column-function #'eglot-move-to-column))
  (let ((madrid (nl-buffer (eglot--path-to-uri (concat nl-root "madrid.md")))))
    (set-buffer madrid)
    ;; Emacs 28 has no mode for .md without markdown-mode: text-mode, languageId "text".
    (text-mode)
    ;; What M-x eglot does (eglot-ensure waits for a command loop that batch Emacs never runs).
    (condition-case err (nl-timed "attach" (apply #'eglot (eglot--guess-contact)))
      (error (nl-bad "attach" (format "%S" err)) (nl-finish 2)))
    (unless (and (eglot-current-server) (bound-and-true-p eglot--managed-mode))
      (nl-bad "attach" "buffer not managed by Eglot") (nl-finish 2))
    (nl-timed "ready"
      (with-timeout (nl-timeout (nl-bad "ready" "no newsLens/status \"ready\"") (nl-finish 2))
        (while (not nl-ready) (accept-process-output nil 0.01))))
    (nl-check "columns" (symbol-name eglot-current-column-function) "eglot-lsp-abiding-column")
    (let ((m (eglot--path-to-uri (concat nl-root "madrid.md")))
          (helena-refs (list nl-lisbon-helena "lisbon.txt:6:46=Costa" "madrid.md:5:34=Costa" "madrid.md:6:54=Costa")))

      ;; 1. Hover on `Costa’s': Helena Costa's card (madrid.md only ever says "Costa").
      (nl-goto 4 "Costa" "Costa’s")
      (let ((h (nl-request "hover.costas" :textDocument/hover (eglot--TextDocumentPositionParams))))
        (when h
          (nl-check "hover.costas" (replace-regexp-in-string "\\*\\*" "" (car (nl-hover-lines h)))
                    "Helena Costa — person")
          (nl-check "hover.costas.range" (nl-loc m (plist-get h :range)) "madrid.md:4:34-39=Costa")))

      ;; 2. M-. from the "Costa" after 😀: the first full-name mention, in lisbon.txt.
      ;;    (this-command as M-. sets it, else Eglot 1.9 resolves through workspace/symbol.)
      (nl-goto 5 "Costa")
      (let* ((this-command 'xref-find-definitions)
             (xs (nl-timed "definition"
                   (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))))
        (nl-check "definition" (string-join (nl-xrefs xs) " ") nl-lisbon-helena))

      ;; 3. M-? (references) across both files.
      (set-buffer madrid)
      (nl-goto 4 "Costa" "Costa’s")
      (nl-check "references" (nl-timed "references" (nl-xrefs (xref-backend-references 'eglot "Costa")))
                helena-refs)

      ;; 4. Outline through imenu (Eglot's index of documentSymbol, grouped by symbol kind): the
      ;;    groups People / Places / Dates, and each mention (under "People::Helena Costa" etc.)
      ;;    at the place where its text is written.
      (let ((index (nl-timed "imenu" (funcall imenu-create-index-function))) groups entities wrong (n 0))
        (dolist (kind index)
          (dolist (it (cdr kind))
            (cond ((not (imenu--subalist-p it))
                   (when (equal (car kind) "Namespace") (push (car it) groups)))
                  ((string-match "::\\(.*\\)" (car it))
                   (push (match-string 1 (car it)) entities)
                   (dolist (leaf (cdr it))
                     (let* ((pos (if (markerp (cdr leaf)) (marker-position (cdr leaf)) (cdr leaf)))
                            (here (buffer-substring-no-properties pos (min (point-max) (+ pos (length (car leaf)))))))
                       (setq n (1+ n))
                       (unless (equal here (car leaf)) (push (format "%s->%s" (car leaf) here) wrong))))))))
        (nl-check "imenu.groups" (string-join (reverse groups) ",") "People,Places,Dates")
        (nl-check-has "imenu.entities" (reverse entities) '("Helena Costa" "João Pereira" "Madrid"))
        (nl-check "imenu.positions" (format "%d mentions, wrong: %s" n (string-join wrong ", "))
                  (format "%d mentions, wrong: " n)))

      ;; 5. C-M-. (workspace symbols): "Costa" finds Helena Costa at her defining mention.
      (let ((ws (nl-request "workspaceSymbol" :workspace/symbol '(:query "Costa")))
            (xs (xref-backend-apropos 'eglot "Costa")))
        (when ws
          (nl-check "workspaceSymbol" (format "%s (%s)" (plist-get (aref ws 0) :name) (plist-get (aref ws 0) :containerName))
                    "Helena Costa (person)"))
        (nl-check "workspaceSymbol.xref" (car (nl-xrefs (list (car xs)))) nl-lisbon-helena))

      ;; 6. The emoji line: point on the first letter of the "Madrid" after 😀 (a client
      ;;    counting code points lands before it), every highlight covers the word.
      (set-buffer madrid)
      (nl-goto 5 "Madrid" nil t)
      (let ((hl (nl-request "highlight.emoji-line" :textDocument/documentHighlight
                            (eglot--TextDocumentPositionParams))))
        (when hl
          (let ((got (mapcar (lambda (x) (nl-loc m (plist-get x :range))) hl)))
            (nl-check-has "highlight.emoji-line" got '("madrid.md:5:76-82=Madrid" "madrid.md:4:0-6=Madrid"))
            (nl-check "highlight.texts"
                      (string-join (seq-remove (lambda (s) (string-match-p "=\\(Madrid\\|MADRID\\)\\'" s)) got) " ")
                      ""))))

      ;; 7. lisbon.txt was visited by the xref above: Eglot manages it too (didOpen, "text").
      (with-current-buffer (nl-buffer (eglot--path-to-uri (concat nl-root "lisbon.txt")))
        (nl-check "lisbon.managed" (and (eglot-current-server) eglot--managed-mode t) t)
        (nl-goto 4 "Helena Costa")
        (let ((h (nl-request "hover.lisbon" :textDocument/hover (eglot--TextDocumentPositionParams))))
          (when h
            (let ((lines (nl-hover-lines h)))
              (nl-check "hover.lisbon" (replace-regexp-in-string "\\*\\*" "" (car lines)) "Helena Costa — person")
              (nl-check "hover.lisbon.counts"
                        (string-trim (or (seq-find (lambda (l) (string-match-p " in this article" l)) lines) ""))
                        "2 mentions in this article · 4 mentions in 2 articles")))))

      ;; 8. Edit: "🚄 " (3 UTF-16 units, 2 Emacs chars) after "😀 ", before "and said Costa"; ask
      ;;    again. A client counting code points would insert it one unit early, next to 😀.
      (set-buffer madrid)
      (nl-goto 5 "😀")
      (forward-char 2) ; past "😀 "
      (insert "🚄 ")
      ;; Eglot sends didChange from an idle timer, and batch Emacs is never idle: flush it, as
      ;; Eglot itself does before its own requests in interactive use.
      (eglot--signal-textDocument/didChange)
      (nl-goto 5 "Costa")
      (nl-check "edit.references" (nl-xrefs (xref-backend-references 'eglot "Costa"))
                (list nl-lisbon-helena "lisbon.txt:6:46=Costa" "madrid.md:5:34=Costa" "madrid.md:6:56=Costa"))
      ;; João Pereira's card quotes his first sentence from the server's copy of this buffer.
      (nl-goto 5 "João Pereira")
      (let ((h (nl-request "edit.server-text" :textDocument/hover (eglot--TextDocumentPositionParams))))
        (when h
          (let* ((text (string-join (nl-hover-lines h) "\n"))
                 (quoted (and (string-match "First mention[^\n]*?: “\\(.*?\\)”" text) (match-string 1 text))))
            (nl-check "edit.server-text" (and quoted (replace-regexp-in-string "\\\\\\(.\\)" "\\1" quoted))
                      (buffer-substring-no-properties (line-beginning-position) (line-end-position))))))

      (nl-check "server log has no errors" (string-join nl-log-errors " | ") "")
      (nl-finish (if (> nl-failed 0) 1 0)))))

(condition-case err (nl-main)
  (error (nl-bad "lisp" (format "%S" err)) (nl-finish 3)))

;;; eglot-test.el ends here
