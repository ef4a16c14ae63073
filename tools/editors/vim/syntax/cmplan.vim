" Vim syntax file
" Language:    CmPlan content plans (.cmplan), language version 1.2
" Maintainer:  The CmPlan authors
" License:     MIT
" The colours without a language server (Vim, Neovim 0.7 and eglot have no semantic tokens): block
" keywords and ids, property keys, dates, times, durations, percents, day and severity words,
" strings, comments, and inside text blocks hashtags, mentions and links (there # is content).
if exists('b:current_syntax')
  finish
endif

syn case match

" A comment starts at # when it begins the line or follows a blank; `# cmplan-ignore ids` silences rules.
syn match cmplanComment /\%(^\|\s\)\zs#.*$/ contains=cmplanSuppression,@Spell
syn match cmplanSuppression /#\s*\zscmplan-ignore\>/ contained

" Blocks start at column 0: the keyword, then the id (or the plan's name).
syn match cmplanBlock /^\%(plan\|policy\|channel\|queue\|post\)\ze\%(\s\|$\)/ nextgroup=cmplanBlockId skipwhite
syn match cmplanBlockId /[^[:space:]#",]\+/ contained
syn match cmplanError /^\%(plan\|policy\|channel\|queue\|post\)\@![^[:space:]#]\S*/

" Property keys: the first word of an indented line.
syn match cmplanKey /^\s\+\zs[a-z][a-z-]*\ze\%(\s\|$\)/

" Values.
syn region cmplanString start=/"/ skip=/\\[\\"]/ end=/"\|$/ oneline contains=cmplanEscape,cmplanHashtag,cmplanMention,cmplanUrl,@Spell
syn match cmplanEscape /\\[\\"n]/ contained
" At one place the last item defined wins: the most specific forms come last.
syn match cmplanNumber /\<\d\+\>/
syn match cmplanPercent /\<\d\+%/
syn match cmplanDuration /\<\d\+\%(min\|mo\|h\|d\|w\)\>/
syn match cmplanTime /\<\d\d:\d\d\>/
syn match cmplanDate /\<\d\{4}-\d\d-\d\d\%([T ]\d\d:\d\d\)\?\>/
syn keyword cmplanDays daily weekdays weekends mon tue wed thu fri sat sun
syn keyword cmplanSeverity error warning info hint off
syn keyword cmplanWord every times until alt draft review approved
syn match cmplanUrl /\<https\?:\/\/[^[:space:]"]*[^[:space:]".,;:!?)']/

" A text block: `text` (and, in 1.2, its channels) alone on its line, then the lines indented
" deeper. Inside, # starts a hashtag, not a comment.
syn region cmplanTextBlock matchgroup=cmplanKey start=/^\z(\s\+\)text\ze\%(\s\+[^"#[:space:]][^"#]*\)\?\s*\%(#.*\)\?$/ end=/^\ze\%(\z1\s\)\@!\s*\S/ contains=cmplanTextHead,cmplanHashtag,cmplanMention,cmplanUrl,@Spell
syn match cmplanTextHead /\%(text\)\@<=.*$/ contained contains=cmplanComment
syn match cmplanHashtag /\%(^\|[^[:alnum:]_&]\)\zs#[[:alnum:]_\u00C0-\uFFFF]\+/ contained
syn match cmplanMention /\%(^\|[^[:alnum:]_]\)\zs@[[:alnum:]_.\u00C0-\uFFFF]\+/ contained

" Whether a line is text depends on the lines above: re-read from the nearest line at column 0
" (a block header or a comment), which a text block never contains.
syn sync match cmplanSync grouphere NONE /^\S/

hi def link cmplanComment Comment
hi def link cmplanSuppression PreProc
hi def link cmplanBlock Statement
hi def link cmplanBlockId Identifier
hi def link cmplanError Error
hi def link cmplanKey Type
hi def link cmplanString String
hi def link cmplanEscape SpecialChar
hi def link cmplanDate Constant
hi def link cmplanTime Constant
hi def link cmplanDuration Number
hi def link cmplanPercent Number
hi def link cmplanNumber Number
hi def link cmplanDays Constant
hi def link cmplanSeverity Constant
hi def link cmplanWord Keyword
hi def link cmplanUrl Underlined
hi def link cmplanTextBlock String
hi def link cmplanHashtag Special
hi def link cmplanMention Special

let b:current_syntax = 'cmplan'
