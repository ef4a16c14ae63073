" CmPlan content plans: *.cmplan files.
autocmd BufRead,BufNewFile *.cmplan setfiletype cmplan
