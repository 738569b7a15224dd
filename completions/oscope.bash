_oscope() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="oscope"
                ;;
            oscope,aggregate)
                cmd="oscope__subcmd__aggregate"
                ;;
            oscope,api)
                cmd="oscope__subcmd__api"
                ;;
            oscope,availability)
                cmd="oscope__subcmd__availability"
                ;;
            oscope,catalog)
                cmd="oscope__subcmd__catalog"
                ;;
            oscope,completion)
                cmd="oscope__subcmd__completion"
                ;;
            oscope,compute)
                cmd="oscope__subcmd__compute"
                ;;
            oscope,console)
                cmd="oscope__subcmd__console"
                ;;
            oscope,endpoint)
                cmd="oscope__subcmd__endpoint"
                ;;
            oscope,flavor)
                cmd="oscope__subcmd__flavor"
                ;;
            oscope,help)
                cmd="oscope__subcmd__help"
                ;;
            oscope,hypervisor)
                cmd="oscope__subcmd__hypervisor"
                ;;
            oscope,image)
                cmd="oscope__subcmd__image"
                ;;
            oscope,keypair)
                cmd="oscope__subcmd__keypair"
                ;;
            oscope,limits)
                cmd="oscope__subcmd__limits"
                ;;
            oscope,network)
                cmd="oscope__subcmd__network"
                ;;
            oscope,project)
                cmd="oscope__subcmd__project"
                ;;
            oscope,quota)
                cmd="oscope__subcmd__quota"
                ;;
            oscope,scope)
                cmd="oscope__subcmd__scope"
                ;;
            oscope,server)
                cmd="oscope__subcmd__server"
                ;;
            oscope,site)
                cmd="oscope__subcmd__site"
                ;;
            oscope,subnet)
                cmd="oscope__subcmd__subnet"
                ;;
            oscope,token)
                cmd="oscope__subcmd__token"
                ;;
            oscope,usage)
                cmd="oscope__subcmd__usage"
                ;;
            oscope,user)
                cmd="oscope__subcmd__user"
                ;;
            oscope,volume)
                cmd="oscope__subcmd__volume"
                ;;
            oscope__subcmd__aggregate,add)
                cmd="oscope__subcmd__aggregate__subcmd__add"
                ;;
            oscope__subcmd__aggregate,create)
                cmd="oscope__subcmd__aggregate__subcmd__create"
                ;;
            oscope__subcmd__aggregate,delete)
                cmd="oscope__subcmd__aggregate__subcmd__delete"
                ;;
            oscope__subcmd__aggregate,help)
                cmd="oscope__subcmd__aggregate__subcmd__help"
                ;;
            oscope__subcmd__aggregate,list)
                cmd="oscope__subcmd__aggregate__subcmd__list"
                ;;
            oscope__subcmd__aggregate,remove)
                cmd="oscope__subcmd__aggregate__subcmd__remove"
                ;;
            oscope__subcmd__aggregate,set)
                cmd="oscope__subcmd__aggregate__subcmd__set"
                ;;
            oscope__subcmd__aggregate,show)
                cmd="oscope__subcmd__aggregate__subcmd__show"
                ;;
            oscope__subcmd__aggregate,unset)
                cmd="oscope__subcmd__aggregate__subcmd__unset"
                ;;
            oscope__subcmd__aggregate__subcmd__add,help)
                cmd="oscope__subcmd__aggregate__subcmd__add__subcmd__help"
                ;;
            oscope__subcmd__aggregate__subcmd__add,host)
                cmd="oscope__subcmd__aggregate__subcmd__add__subcmd__host"
                ;;
            oscope__subcmd__aggregate__subcmd__add__subcmd__help,help)
                cmd="oscope__subcmd__aggregate__subcmd__add__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__aggregate__subcmd__add__subcmd__help,host)
                cmd="oscope__subcmd__aggregate__subcmd__add__subcmd__help__subcmd__host"
                ;;
            oscope__subcmd__aggregate__subcmd__help,add)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__add"
                ;;
            oscope__subcmd__aggregate__subcmd__help,create)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__aggregate__subcmd__help,delete)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__aggregate__subcmd__help,help)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__aggregate__subcmd__help,list)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__aggregate__subcmd__help,remove)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__remove"
                ;;
            oscope__subcmd__aggregate__subcmd__help,set)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__aggregate__subcmd__help,show)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__aggregate__subcmd__help,unset)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__unset"
                ;;
            oscope__subcmd__aggregate__subcmd__help__subcmd__add,host)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__add__subcmd__host"
                ;;
            oscope__subcmd__aggregate__subcmd__help__subcmd__remove,host)
                cmd="oscope__subcmd__aggregate__subcmd__help__subcmd__remove__subcmd__host"
                ;;
            oscope__subcmd__aggregate__subcmd__remove,help)
                cmd="oscope__subcmd__aggregate__subcmd__remove__subcmd__help"
                ;;
            oscope__subcmd__aggregate__subcmd__remove,host)
                cmd="oscope__subcmd__aggregate__subcmd__remove__subcmd__host"
                ;;
            oscope__subcmd__aggregate__subcmd__remove__subcmd__help,help)
                cmd="oscope__subcmd__aggregate__subcmd__remove__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__aggregate__subcmd__remove__subcmd__help,host)
                cmd="oscope__subcmd__aggregate__subcmd__remove__subcmd__help__subcmd__host"
                ;;
            oscope__subcmd__availability,help)
                cmd="oscope__subcmd__availability__subcmd__help"
                ;;
            oscope__subcmd__availability,zone)
                cmd="oscope__subcmd__availability__subcmd__zone"
                ;;
            oscope__subcmd__availability__subcmd__help,help)
                cmd="oscope__subcmd__availability__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__availability__subcmd__help,zone)
                cmd="oscope__subcmd__availability__subcmd__help__subcmd__zone"
                ;;
            oscope__subcmd__availability__subcmd__help__subcmd__zone,list)
                cmd="oscope__subcmd__availability__subcmd__help__subcmd__zone__subcmd__list"
                ;;
            oscope__subcmd__availability__subcmd__zone,help)
                cmd="oscope__subcmd__availability__subcmd__zone__subcmd__help"
                ;;
            oscope__subcmd__availability__subcmd__zone,list)
                cmd="oscope__subcmd__availability__subcmd__zone__subcmd__list"
                ;;
            oscope__subcmd__availability__subcmd__zone__subcmd__help,help)
                cmd="oscope__subcmd__availability__subcmd__zone__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__availability__subcmd__zone__subcmd__help,list)
                cmd="oscope__subcmd__availability__subcmd__zone__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__catalog,help)
                cmd="oscope__subcmd__catalog__subcmd__help"
                ;;
            oscope__subcmd__catalog,list)
                cmd="oscope__subcmd__catalog__subcmd__list"
                ;;
            oscope__subcmd__catalog,show)
                cmd="oscope__subcmd__catalog__subcmd__show"
                ;;
            oscope__subcmd__catalog__subcmd__help,help)
                cmd="oscope__subcmd__catalog__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__catalog__subcmd__help,list)
                cmd="oscope__subcmd__catalog__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__catalog__subcmd__help,show)
                cmd="oscope__subcmd__catalog__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__compute,help)
                cmd="oscope__subcmd__compute__subcmd__help"
                ;;
            oscope__subcmd__compute,service)
                cmd="oscope__subcmd__compute__subcmd__service"
                ;;
            oscope__subcmd__compute__subcmd__help,help)
                cmd="oscope__subcmd__compute__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__compute__subcmd__help,service)
                cmd="oscope__subcmd__compute__subcmd__help__subcmd__service"
                ;;
            oscope__subcmd__compute__subcmd__help__subcmd__service,delete)
                cmd="oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__delete"
                ;;
            oscope__subcmd__compute__subcmd__help__subcmd__service,list)
                cmd="oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__list"
                ;;
            oscope__subcmd__compute__subcmd__help__subcmd__service,set)
                cmd="oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__set"
                ;;
            oscope__subcmd__compute__subcmd__service,delete)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__delete"
                ;;
            oscope__subcmd__compute__subcmd__service,help)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__help"
                ;;
            oscope__subcmd__compute__subcmd__service,list)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__list"
                ;;
            oscope__subcmd__compute__subcmd__service,set)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__set"
                ;;
            oscope__subcmd__compute__subcmd__service__subcmd__help,delete)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__compute__subcmd__service__subcmd__help,help)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__compute__subcmd__service__subcmd__help,list)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__compute__subcmd__service__subcmd__help,set)
                cmd="oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__console,help)
                cmd="oscope__subcmd__console__subcmd__help"
                ;;
            oscope__subcmd__console,log)
                cmd="oscope__subcmd__console__subcmd__log"
                ;;
            oscope__subcmd__console,url)
                cmd="oscope__subcmd__console__subcmd__url"
                ;;
            oscope__subcmd__console__subcmd__help,help)
                cmd="oscope__subcmd__console__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__console__subcmd__help,log)
                cmd="oscope__subcmd__console__subcmd__help__subcmd__log"
                ;;
            oscope__subcmd__console__subcmd__help,url)
                cmd="oscope__subcmd__console__subcmd__help__subcmd__url"
                ;;
            oscope__subcmd__console__subcmd__help__subcmd__log,show)
                cmd="oscope__subcmd__console__subcmd__help__subcmd__log__subcmd__show"
                ;;
            oscope__subcmd__console__subcmd__help__subcmd__url,show)
                cmd="oscope__subcmd__console__subcmd__help__subcmd__url__subcmd__show"
                ;;
            oscope__subcmd__console__subcmd__log,help)
                cmd="oscope__subcmd__console__subcmd__log__subcmd__help"
                ;;
            oscope__subcmd__console__subcmd__log,show)
                cmd="oscope__subcmd__console__subcmd__log__subcmd__show"
                ;;
            oscope__subcmd__console__subcmd__log__subcmd__help,help)
                cmd="oscope__subcmd__console__subcmd__log__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__console__subcmd__log__subcmd__help,show)
                cmd="oscope__subcmd__console__subcmd__log__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__console__subcmd__url,help)
                cmd="oscope__subcmd__console__subcmd__url__subcmd__help"
                ;;
            oscope__subcmd__console__subcmd__url,show)
                cmd="oscope__subcmd__console__subcmd__url__subcmd__show"
                ;;
            oscope__subcmd__console__subcmd__url__subcmd__help,help)
                cmd="oscope__subcmd__console__subcmd__url__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__console__subcmd__url__subcmd__help,show)
                cmd="oscope__subcmd__console__subcmd__url__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__endpoint,help)
                cmd="oscope__subcmd__endpoint__subcmd__help"
                ;;
            oscope__subcmd__endpoint,list)
                cmd="oscope__subcmd__endpoint__subcmd__list"
                ;;
            oscope__subcmd__endpoint__subcmd__help,help)
                cmd="oscope__subcmd__endpoint__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__endpoint__subcmd__help,list)
                cmd="oscope__subcmd__endpoint__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__flavor,create)
                cmd="oscope__subcmd__flavor__subcmd__create"
                ;;
            oscope__subcmd__flavor,delete)
                cmd="oscope__subcmd__flavor__subcmd__delete"
                ;;
            oscope__subcmd__flavor,help)
                cmd="oscope__subcmd__flavor__subcmd__help"
                ;;
            oscope__subcmd__flavor,list)
                cmd="oscope__subcmd__flavor__subcmd__list"
                ;;
            oscope__subcmd__flavor,set)
                cmd="oscope__subcmd__flavor__subcmd__set"
                ;;
            oscope__subcmd__flavor,show)
                cmd="oscope__subcmd__flavor__subcmd__show"
                ;;
            oscope__subcmd__flavor,unset)
                cmd="oscope__subcmd__flavor__subcmd__unset"
                ;;
            oscope__subcmd__flavor__subcmd__help,create)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__flavor__subcmd__help,delete)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__flavor__subcmd__help,help)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__flavor__subcmd__help,list)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__flavor__subcmd__help,set)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__flavor__subcmd__help,show)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__flavor__subcmd__help,unset)
                cmd="oscope__subcmd__flavor__subcmd__help__subcmd__unset"
                ;;
            oscope__subcmd__help,aggregate)
                cmd="oscope__subcmd__help__subcmd__aggregate"
                ;;
            oscope__subcmd__help,api)
                cmd="oscope__subcmd__help__subcmd__api"
                ;;
            oscope__subcmd__help,availability)
                cmd="oscope__subcmd__help__subcmd__availability"
                ;;
            oscope__subcmd__help,catalog)
                cmd="oscope__subcmd__help__subcmd__catalog"
                ;;
            oscope__subcmd__help,completion)
                cmd="oscope__subcmd__help__subcmd__completion"
                ;;
            oscope__subcmd__help,compute)
                cmd="oscope__subcmd__help__subcmd__compute"
                ;;
            oscope__subcmd__help,console)
                cmd="oscope__subcmd__help__subcmd__console"
                ;;
            oscope__subcmd__help,endpoint)
                cmd="oscope__subcmd__help__subcmd__endpoint"
                ;;
            oscope__subcmd__help,flavor)
                cmd="oscope__subcmd__help__subcmd__flavor"
                ;;
            oscope__subcmd__help,help)
                cmd="oscope__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__help,hypervisor)
                cmd="oscope__subcmd__help__subcmd__hypervisor"
                ;;
            oscope__subcmd__help,image)
                cmd="oscope__subcmd__help__subcmd__image"
                ;;
            oscope__subcmd__help,keypair)
                cmd="oscope__subcmd__help__subcmd__keypair"
                ;;
            oscope__subcmd__help,limits)
                cmd="oscope__subcmd__help__subcmd__limits"
                ;;
            oscope__subcmd__help,network)
                cmd="oscope__subcmd__help__subcmd__network"
                ;;
            oscope__subcmd__help,project)
                cmd="oscope__subcmd__help__subcmd__project"
                ;;
            oscope__subcmd__help,quota)
                cmd="oscope__subcmd__help__subcmd__quota"
                ;;
            oscope__subcmd__help,scope)
                cmd="oscope__subcmd__help__subcmd__scope"
                ;;
            oscope__subcmd__help,server)
                cmd="oscope__subcmd__help__subcmd__server"
                ;;
            oscope__subcmd__help,site)
                cmd="oscope__subcmd__help__subcmd__site"
                ;;
            oscope__subcmd__help,subnet)
                cmd="oscope__subcmd__help__subcmd__subnet"
                ;;
            oscope__subcmd__help,token)
                cmd="oscope__subcmd__help__subcmd__token"
                ;;
            oscope__subcmd__help,usage)
                cmd="oscope__subcmd__help__subcmd__usage"
                ;;
            oscope__subcmd__help,user)
                cmd="oscope__subcmd__help__subcmd__user"
                ;;
            oscope__subcmd__help,volume)
                cmd="oscope__subcmd__help__subcmd__volume"
                ;;
            oscope__subcmd__help__subcmd__aggregate,add)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__add"
                ;;
            oscope__subcmd__help__subcmd__aggregate,create)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__aggregate,delete)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__aggregate,list)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__aggregate,remove)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__remove"
                ;;
            oscope__subcmd__help__subcmd__aggregate,set)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__aggregate,show)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__aggregate,unset)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__unset"
                ;;
            oscope__subcmd__help__subcmd__aggregate__subcmd__add,host)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__add__subcmd__host"
                ;;
            oscope__subcmd__help__subcmd__aggregate__subcmd__remove,host)
                cmd="oscope__subcmd__help__subcmd__aggregate__subcmd__remove__subcmd__host"
                ;;
            oscope__subcmd__help__subcmd__availability,zone)
                cmd="oscope__subcmd__help__subcmd__availability__subcmd__zone"
                ;;
            oscope__subcmd__help__subcmd__availability__subcmd__zone,list)
                cmd="oscope__subcmd__help__subcmd__availability__subcmd__zone__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__catalog,list)
                cmd="oscope__subcmd__help__subcmd__catalog__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__catalog,show)
                cmd="oscope__subcmd__help__subcmd__catalog__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__compute,service)
                cmd="oscope__subcmd__help__subcmd__compute__subcmd__service"
                ;;
            oscope__subcmd__help__subcmd__compute__subcmd__service,delete)
                cmd="oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__compute__subcmd__service,list)
                cmd="oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__compute__subcmd__service,set)
                cmd="oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__console,log)
                cmd="oscope__subcmd__help__subcmd__console__subcmd__log"
                ;;
            oscope__subcmd__help__subcmd__console,url)
                cmd="oscope__subcmd__help__subcmd__console__subcmd__url"
                ;;
            oscope__subcmd__help__subcmd__console__subcmd__log,show)
                cmd="oscope__subcmd__help__subcmd__console__subcmd__log__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__console__subcmd__url,show)
                cmd="oscope__subcmd__help__subcmd__console__subcmd__url__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__endpoint,list)
                cmd="oscope__subcmd__help__subcmd__endpoint__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__flavor,create)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__flavor,delete)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__flavor,list)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__flavor,set)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__flavor,show)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__flavor,unset)
                cmd="oscope__subcmd__help__subcmd__flavor__subcmd__unset"
                ;;
            oscope__subcmd__help__subcmd__hypervisor,list)
                cmd="oscope__subcmd__help__subcmd__hypervisor__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__hypervisor,show)
                cmd="oscope__subcmd__help__subcmd__hypervisor__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__image,create)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__image,delete)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__image,list)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__image,save)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__save"
                ;;
            oscope__subcmd__help__subcmd__image,set)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__image,show)
                cmd="oscope__subcmd__help__subcmd__image__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__keypair,create)
                cmd="oscope__subcmd__help__subcmd__keypair__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__keypair,delete)
                cmd="oscope__subcmd__help__subcmd__keypair__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__keypair,list)
                cmd="oscope__subcmd__help__subcmd__keypair__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__keypair,show)
                cmd="oscope__subcmd__help__subcmd__keypair__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__limits,show)
                cmd="oscope__subcmd__help__subcmd__limits__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__network,create)
                cmd="oscope__subcmd__help__subcmd__network__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__network,delete)
                cmd="oscope__subcmd__help__subcmd__network__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__network,list)
                cmd="oscope__subcmd__help__subcmd__network__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__network,set)
                cmd="oscope__subcmd__help__subcmd__network__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__network,show)
                cmd="oscope__subcmd__help__subcmd__network__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__project,create)
                cmd="oscope__subcmd__help__subcmd__project__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__project,delete)
                cmd="oscope__subcmd__help__subcmd__project__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__project,list)
                cmd="oscope__subcmd__help__subcmd__project__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__project,set)
                cmd="oscope__subcmd__help__subcmd__project__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__project,show)
                cmd="oscope__subcmd__help__subcmd__project__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__quota,show)
                cmd="oscope__subcmd__help__subcmd__quota__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__scope,check)
                cmd="oscope__subcmd__help__subcmd__scope__subcmd__check"
                ;;
            oscope__subcmd__help__subcmd__server,backup)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__backup"
                ;;
            oscope__subcmd__help__subcmd__server,create)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__server,delete)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__server,dump)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__dump"
                ;;
            oscope__subcmd__help__subcmd__server,evacuate)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__evacuate"
                ;;
            oscope__subcmd__help__subcmd__server,event)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__event"
                ;;
            oscope__subcmd__help__subcmd__server,group)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__group"
                ;;
            oscope__subcmd__help__subcmd__server,image)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__image"
                ;;
            oscope__subcmd__help__subcmd__server,list)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__server,lock)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__lock"
                ;;
            oscope__subcmd__help__subcmd__server,migrate)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migrate"
                ;;
            oscope__subcmd__help__subcmd__server,migration)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migration"
                ;;
            oscope__subcmd__help__subcmd__server,pause)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__pause"
                ;;
            oscope__subcmd__help__subcmd__server,reboot)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__reboot"
                ;;
            oscope__subcmd__help__subcmd__server,rebuild)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__rebuild"
                ;;
            oscope__subcmd__help__subcmd__server,rescue)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__rescue"
                ;;
            oscope__subcmd__help__subcmd__server,resize)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__resize"
                ;;
            oscope__subcmd__help__subcmd__server,resume)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__resume"
                ;;
            oscope__subcmd__help__subcmd__server,set)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__server,shelve)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__shelve"
                ;;
            oscope__subcmd__help__subcmd__server,show)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__server,start)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__start"
                ;;
            oscope__subcmd__help__subcmd__server,stop)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__stop"
                ;;
            oscope__subcmd__help__subcmd__server,suspend)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__suspend"
                ;;
            oscope__subcmd__help__subcmd__server,unlock)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__unlock"
                ;;
            oscope__subcmd__help__subcmd__server,unpause)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__unpause"
                ;;
            oscope__subcmd__help__subcmd__server,unrescue)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__unrescue"
                ;;
            oscope__subcmd__help__subcmd__server,unset)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__unset"
                ;;
            oscope__subcmd__help__subcmd__server,unshelve)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__unshelve"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__backup,create)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__backup__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__dump,create)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__dump__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__event,list)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__event__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__event,show)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__event__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__group,create)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__group,delete)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__group,list)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__group,show)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__image,create)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__image__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__migrate,confirm)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migrate__subcmd__confirm"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__migrate,revert)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migrate__subcmd__revert"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__migration,confirm)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__confirm"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__migration,list)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__migration,revert)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__revert"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__resize,confirm)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__resize__subcmd__confirm"
                ;;
            oscope__subcmd__help__subcmd__server__subcmd__resize,revert)
                cmd="oscope__subcmd__help__subcmd__server__subcmd__resize__subcmd__revert"
                ;;
            oscope__subcmd__help__subcmd__site,capacity)
                cmd="oscope__subcmd__help__subcmd__site__subcmd__capacity"
                ;;
            oscope__subcmd__help__subcmd__site,list)
                cmd="oscope__subcmd__help__subcmd__site__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__subnet,create)
                cmd="oscope__subcmd__help__subcmd__subnet__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__subnet,delete)
                cmd="oscope__subcmd__help__subcmd__subnet__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__subnet,list)
                cmd="oscope__subcmd__help__subcmd__subnet__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__subnet,show)
                cmd="oscope__subcmd__help__subcmd__subnet__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__token,issue)
                cmd="oscope__subcmd__help__subcmd__token__subcmd__issue"
                ;;
            oscope__subcmd__help__subcmd__usage,list)
                cmd="oscope__subcmd__help__subcmd__usage__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__usage,show)
                cmd="oscope__subcmd__help__subcmd__usage__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__user,create)
                cmd="oscope__subcmd__help__subcmd__user__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__user,delete)
                cmd="oscope__subcmd__help__subcmd__user__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__user,list)
                cmd="oscope__subcmd__help__subcmd__user__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__user,set)
                cmd="oscope__subcmd__help__subcmd__user__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__user,show)
                cmd="oscope__subcmd__help__subcmd__user__subcmd__show"
                ;;
            oscope__subcmd__help__subcmd__volume,create)
                cmd="oscope__subcmd__help__subcmd__volume__subcmd__create"
                ;;
            oscope__subcmd__help__subcmd__volume,delete)
                cmd="oscope__subcmd__help__subcmd__volume__subcmd__delete"
                ;;
            oscope__subcmd__help__subcmd__volume,list)
                cmd="oscope__subcmd__help__subcmd__volume__subcmd__list"
                ;;
            oscope__subcmd__help__subcmd__volume,set)
                cmd="oscope__subcmd__help__subcmd__volume__subcmd__set"
                ;;
            oscope__subcmd__help__subcmd__volume,show)
                cmd="oscope__subcmd__help__subcmd__volume__subcmd__show"
                ;;
            oscope__subcmd__hypervisor,help)
                cmd="oscope__subcmd__hypervisor__subcmd__help"
                ;;
            oscope__subcmd__hypervisor,list)
                cmd="oscope__subcmd__hypervisor__subcmd__list"
                ;;
            oscope__subcmd__hypervisor,show)
                cmd="oscope__subcmd__hypervisor__subcmd__show"
                ;;
            oscope__subcmd__hypervisor__subcmd__help,help)
                cmd="oscope__subcmd__hypervisor__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__hypervisor__subcmd__help,list)
                cmd="oscope__subcmd__hypervisor__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__hypervisor__subcmd__help,show)
                cmd="oscope__subcmd__hypervisor__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__image,create)
                cmd="oscope__subcmd__image__subcmd__create"
                ;;
            oscope__subcmd__image,delete)
                cmd="oscope__subcmd__image__subcmd__delete"
                ;;
            oscope__subcmd__image,help)
                cmd="oscope__subcmd__image__subcmd__help"
                ;;
            oscope__subcmd__image,list)
                cmd="oscope__subcmd__image__subcmd__list"
                ;;
            oscope__subcmd__image,save)
                cmd="oscope__subcmd__image__subcmd__save"
                ;;
            oscope__subcmd__image,set)
                cmd="oscope__subcmd__image__subcmd__set"
                ;;
            oscope__subcmd__image,show)
                cmd="oscope__subcmd__image__subcmd__show"
                ;;
            oscope__subcmd__image__subcmd__help,create)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__image__subcmd__help,delete)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__image__subcmd__help,help)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__image__subcmd__help,list)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__image__subcmd__help,save)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__save"
                ;;
            oscope__subcmd__image__subcmd__help,set)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__image__subcmd__help,show)
                cmd="oscope__subcmd__image__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__keypair,create)
                cmd="oscope__subcmd__keypair__subcmd__create"
                ;;
            oscope__subcmd__keypair,delete)
                cmd="oscope__subcmd__keypair__subcmd__delete"
                ;;
            oscope__subcmd__keypair,help)
                cmd="oscope__subcmd__keypair__subcmd__help"
                ;;
            oscope__subcmd__keypair,list)
                cmd="oscope__subcmd__keypair__subcmd__list"
                ;;
            oscope__subcmd__keypair,show)
                cmd="oscope__subcmd__keypair__subcmd__show"
                ;;
            oscope__subcmd__keypair__subcmd__help,create)
                cmd="oscope__subcmd__keypair__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__keypair__subcmd__help,delete)
                cmd="oscope__subcmd__keypair__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__keypair__subcmd__help,help)
                cmd="oscope__subcmd__keypair__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__keypair__subcmd__help,list)
                cmd="oscope__subcmd__keypair__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__keypair__subcmd__help,show)
                cmd="oscope__subcmd__keypair__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__limits,help)
                cmd="oscope__subcmd__limits__subcmd__help"
                ;;
            oscope__subcmd__limits,show)
                cmd="oscope__subcmd__limits__subcmd__show"
                ;;
            oscope__subcmd__limits__subcmd__help,help)
                cmd="oscope__subcmd__limits__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__limits__subcmd__help,show)
                cmd="oscope__subcmd__limits__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__network,create)
                cmd="oscope__subcmd__network__subcmd__create"
                ;;
            oscope__subcmd__network,delete)
                cmd="oscope__subcmd__network__subcmd__delete"
                ;;
            oscope__subcmd__network,help)
                cmd="oscope__subcmd__network__subcmd__help"
                ;;
            oscope__subcmd__network,list)
                cmd="oscope__subcmd__network__subcmd__list"
                ;;
            oscope__subcmd__network,set)
                cmd="oscope__subcmd__network__subcmd__set"
                ;;
            oscope__subcmd__network,show)
                cmd="oscope__subcmd__network__subcmd__show"
                ;;
            oscope__subcmd__network__subcmd__help,create)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__network__subcmd__help,delete)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__network__subcmd__help,help)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__network__subcmd__help,list)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__network__subcmd__help,set)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__network__subcmd__help,show)
                cmd="oscope__subcmd__network__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__project,create)
                cmd="oscope__subcmd__project__subcmd__create"
                ;;
            oscope__subcmd__project,delete)
                cmd="oscope__subcmd__project__subcmd__delete"
                ;;
            oscope__subcmd__project,help)
                cmd="oscope__subcmd__project__subcmd__help"
                ;;
            oscope__subcmd__project,list)
                cmd="oscope__subcmd__project__subcmd__list"
                ;;
            oscope__subcmd__project,set)
                cmd="oscope__subcmd__project__subcmd__set"
                ;;
            oscope__subcmd__project,show)
                cmd="oscope__subcmd__project__subcmd__show"
                ;;
            oscope__subcmd__project__subcmd__help,create)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__project__subcmd__help,delete)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__project__subcmd__help,help)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__project__subcmd__help,list)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__project__subcmd__help,set)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__project__subcmd__help,show)
                cmd="oscope__subcmd__project__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__quota,help)
                cmd="oscope__subcmd__quota__subcmd__help"
                ;;
            oscope__subcmd__quota,show)
                cmd="oscope__subcmd__quota__subcmd__show"
                ;;
            oscope__subcmd__quota__subcmd__help,help)
                cmd="oscope__subcmd__quota__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__quota__subcmd__help,show)
                cmd="oscope__subcmd__quota__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__scope,check)
                cmd="oscope__subcmd__scope__subcmd__check"
                ;;
            oscope__subcmd__scope,help)
                cmd="oscope__subcmd__scope__subcmd__help"
                ;;
            oscope__subcmd__scope__subcmd__help,check)
                cmd="oscope__subcmd__scope__subcmd__help__subcmd__check"
                ;;
            oscope__subcmd__scope__subcmd__help,help)
                cmd="oscope__subcmd__scope__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server,backup)
                cmd="oscope__subcmd__server__subcmd__backup"
                ;;
            oscope__subcmd__server,create)
                cmd="oscope__subcmd__server__subcmd__create"
                ;;
            oscope__subcmd__server,delete)
                cmd="oscope__subcmd__server__subcmd__delete"
                ;;
            oscope__subcmd__server,dump)
                cmd="oscope__subcmd__server__subcmd__dump"
                ;;
            oscope__subcmd__server,evacuate)
                cmd="oscope__subcmd__server__subcmd__evacuate"
                ;;
            oscope__subcmd__server,event)
                cmd="oscope__subcmd__server__subcmd__event"
                ;;
            oscope__subcmd__server,group)
                cmd="oscope__subcmd__server__subcmd__group"
                ;;
            oscope__subcmd__server,help)
                cmd="oscope__subcmd__server__subcmd__help"
                ;;
            oscope__subcmd__server,image)
                cmd="oscope__subcmd__server__subcmd__image"
                ;;
            oscope__subcmd__server,list)
                cmd="oscope__subcmd__server__subcmd__list"
                ;;
            oscope__subcmd__server,lock)
                cmd="oscope__subcmd__server__subcmd__lock"
                ;;
            oscope__subcmd__server,migrate)
                cmd="oscope__subcmd__server__subcmd__migrate"
                ;;
            oscope__subcmd__server,migration)
                cmd="oscope__subcmd__server__subcmd__migration"
                ;;
            oscope__subcmd__server,pause)
                cmd="oscope__subcmd__server__subcmd__pause"
                ;;
            oscope__subcmd__server,reboot)
                cmd="oscope__subcmd__server__subcmd__reboot"
                ;;
            oscope__subcmd__server,rebuild)
                cmd="oscope__subcmd__server__subcmd__rebuild"
                ;;
            oscope__subcmd__server,rescue)
                cmd="oscope__subcmd__server__subcmd__rescue"
                ;;
            oscope__subcmd__server,resize)
                cmd="oscope__subcmd__server__subcmd__resize"
                ;;
            oscope__subcmd__server,resume)
                cmd="oscope__subcmd__server__subcmd__resume"
                ;;
            oscope__subcmd__server,set)
                cmd="oscope__subcmd__server__subcmd__set"
                ;;
            oscope__subcmd__server,shelve)
                cmd="oscope__subcmd__server__subcmd__shelve"
                ;;
            oscope__subcmd__server,show)
                cmd="oscope__subcmd__server__subcmd__show"
                ;;
            oscope__subcmd__server,start)
                cmd="oscope__subcmd__server__subcmd__start"
                ;;
            oscope__subcmd__server,stop)
                cmd="oscope__subcmd__server__subcmd__stop"
                ;;
            oscope__subcmd__server,suspend)
                cmd="oscope__subcmd__server__subcmd__suspend"
                ;;
            oscope__subcmd__server,unlock)
                cmd="oscope__subcmd__server__subcmd__unlock"
                ;;
            oscope__subcmd__server,unpause)
                cmd="oscope__subcmd__server__subcmd__unpause"
                ;;
            oscope__subcmd__server,unrescue)
                cmd="oscope__subcmd__server__subcmd__unrescue"
                ;;
            oscope__subcmd__server,unset)
                cmd="oscope__subcmd__server__subcmd__unset"
                ;;
            oscope__subcmd__server,unshelve)
                cmd="oscope__subcmd__server__subcmd__unshelve"
                ;;
            oscope__subcmd__server__subcmd__backup,create)
                cmd="oscope__subcmd__server__subcmd__backup__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__backup,help)
                cmd="oscope__subcmd__server__subcmd__backup__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__backup__subcmd__help,create)
                cmd="oscope__subcmd__server__subcmd__backup__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__backup__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__backup__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__dump,create)
                cmd="oscope__subcmd__server__subcmd__dump__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__dump,help)
                cmd="oscope__subcmd__server__subcmd__dump__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__dump__subcmd__help,create)
                cmd="oscope__subcmd__server__subcmd__dump__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__dump__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__dump__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__event,help)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__event,list)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__event,show)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__event__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__event__subcmd__help,list)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__event__subcmd__help,show)
                cmd="oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__group,create)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__group,delete)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__delete"
                ;;
            oscope__subcmd__server__subcmd__group,help)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__group,list)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__group,show)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__group__subcmd__help,create)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__group__subcmd__help,delete)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__server__subcmd__group__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__group__subcmd__help,list)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__group__subcmd__help,show)
                cmd="oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__help,backup)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__backup"
                ;;
            oscope__subcmd__server__subcmd__help,create)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__help,delete)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__server__subcmd__help,dump)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__dump"
                ;;
            oscope__subcmd__server__subcmd__help,evacuate)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__evacuate"
                ;;
            oscope__subcmd__server__subcmd__help,event)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__event"
                ;;
            oscope__subcmd__server__subcmd__help,group)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__group"
                ;;
            oscope__subcmd__server__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__help,image)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__image"
                ;;
            oscope__subcmd__server__subcmd__help,list)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__help,lock)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__lock"
                ;;
            oscope__subcmd__server__subcmd__help,migrate)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migrate"
                ;;
            oscope__subcmd__server__subcmd__help,migration)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migration"
                ;;
            oscope__subcmd__server__subcmd__help,pause)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__pause"
                ;;
            oscope__subcmd__server__subcmd__help,reboot)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__reboot"
                ;;
            oscope__subcmd__server__subcmd__help,rebuild)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__rebuild"
                ;;
            oscope__subcmd__server__subcmd__help,rescue)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__rescue"
                ;;
            oscope__subcmd__server__subcmd__help,resize)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__resize"
                ;;
            oscope__subcmd__server__subcmd__help,resume)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__resume"
                ;;
            oscope__subcmd__server__subcmd__help,set)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__server__subcmd__help,shelve)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__shelve"
                ;;
            oscope__subcmd__server__subcmd__help,show)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__help,start)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__start"
                ;;
            oscope__subcmd__server__subcmd__help,stop)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__stop"
                ;;
            oscope__subcmd__server__subcmd__help,suspend)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__suspend"
                ;;
            oscope__subcmd__server__subcmd__help,unlock)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__unlock"
                ;;
            oscope__subcmd__server__subcmd__help,unpause)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__unpause"
                ;;
            oscope__subcmd__server__subcmd__help,unrescue)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__unrescue"
                ;;
            oscope__subcmd__server__subcmd__help,unset)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__unset"
                ;;
            oscope__subcmd__server__subcmd__help,unshelve)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__unshelve"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__backup,create)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__backup__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__dump,create)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__dump__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__event,list)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__event__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__event,show)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__event__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__group,create)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__group,delete)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__delete"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__group,list)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__group,show)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__show"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__image,create)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__image__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__migrate,confirm)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migrate__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__migrate,revert)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migrate__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__migration,confirm)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__migration,list)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__migration,revert)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__resize,confirm)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__resize__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__help__subcmd__resize,revert)
                cmd="oscope__subcmd__server__subcmd__help__subcmd__resize__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__image,create)
                cmd="oscope__subcmd__server__subcmd__image__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__image,help)
                cmd="oscope__subcmd__server__subcmd__image__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__image__subcmd__help,create)
                cmd="oscope__subcmd__server__subcmd__image__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__server__subcmd__image__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__image__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__migrate,confirm)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__migrate,help)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__migrate,revert)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__migrate__subcmd__help,confirm)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__migrate__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__migrate__subcmd__help,revert)
                cmd="oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__migration,confirm)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__migration,help)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__migration,list)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__migration,revert)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__migration__subcmd__help,confirm)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__migration__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__migration__subcmd__help,list)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__server__subcmd__migration__subcmd__help,revert)
                cmd="oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__resize,confirm)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__resize,help)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__resize,revert)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__revert"
                ;;
            oscope__subcmd__server__subcmd__resize__subcmd__help,confirm)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__confirm"
                ;;
            oscope__subcmd__server__subcmd__resize__subcmd__help,help)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__server__subcmd__resize__subcmd__help,revert)
                cmd="oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__revert"
                ;;
            oscope__subcmd__site,capacity)
                cmd="oscope__subcmd__site__subcmd__capacity"
                ;;
            oscope__subcmd__site,help)
                cmd="oscope__subcmd__site__subcmd__help"
                ;;
            oscope__subcmd__site,list)
                cmd="oscope__subcmd__site__subcmd__list"
                ;;
            oscope__subcmd__site__subcmd__help,capacity)
                cmd="oscope__subcmd__site__subcmd__help__subcmd__capacity"
                ;;
            oscope__subcmd__site__subcmd__help,help)
                cmd="oscope__subcmd__site__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__site__subcmd__help,list)
                cmd="oscope__subcmd__site__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__subnet,create)
                cmd="oscope__subcmd__subnet__subcmd__create"
                ;;
            oscope__subcmd__subnet,delete)
                cmd="oscope__subcmd__subnet__subcmd__delete"
                ;;
            oscope__subcmd__subnet,help)
                cmd="oscope__subcmd__subnet__subcmd__help"
                ;;
            oscope__subcmd__subnet,list)
                cmd="oscope__subcmd__subnet__subcmd__list"
                ;;
            oscope__subcmd__subnet,show)
                cmd="oscope__subcmd__subnet__subcmd__show"
                ;;
            oscope__subcmd__subnet__subcmd__help,create)
                cmd="oscope__subcmd__subnet__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__subnet__subcmd__help,delete)
                cmd="oscope__subcmd__subnet__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__subnet__subcmd__help,help)
                cmd="oscope__subcmd__subnet__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__subnet__subcmd__help,list)
                cmd="oscope__subcmd__subnet__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__subnet__subcmd__help,show)
                cmd="oscope__subcmd__subnet__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__token,help)
                cmd="oscope__subcmd__token__subcmd__help"
                ;;
            oscope__subcmd__token,issue)
                cmd="oscope__subcmd__token__subcmd__issue"
                ;;
            oscope__subcmd__token__subcmd__help,help)
                cmd="oscope__subcmd__token__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__token__subcmd__help,issue)
                cmd="oscope__subcmd__token__subcmd__help__subcmd__issue"
                ;;
            oscope__subcmd__usage,help)
                cmd="oscope__subcmd__usage__subcmd__help"
                ;;
            oscope__subcmd__usage,list)
                cmd="oscope__subcmd__usage__subcmd__list"
                ;;
            oscope__subcmd__usage,show)
                cmd="oscope__subcmd__usage__subcmd__show"
                ;;
            oscope__subcmd__usage__subcmd__help,help)
                cmd="oscope__subcmd__usage__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__usage__subcmd__help,list)
                cmd="oscope__subcmd__usage__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__usage__subcmd__help,show)
                cmd="oscope__subcmd__usage__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__user,create)
                cmd="oscope__subcmd__user__subcmd__create"
                ;;
            oscope__subcmd__user,delete)
                cmd="oscope__subcmd__user__subcmd__delete"
                ;;
            oscope__subcmd__user,help)
                cmd="oscope__subcmd__user__subcmd__help"
                ;;
            oscope__subcmd__user,list)
                cmd="oscope__subcmd__user__subcmd__list"
                ;;
            oscope__subcmd__user,set)
                cmd="oscope__subcmd__user__subcmd__set"
                ;;
            oscope__subcmd__user,show)
                cmd="oscope__subcmd__user__subcmd__show"
                ;;
            oscope__subcmd__user__subcmd__help,create)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__user__subcmd__help,delete)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__user__subcmd__help,help)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__user__subcmd__help,list)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__user__subcmd__help,set)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__user__subcmd__help,show)
                cmd="oscope__subcmd__user__subcmd__help__subcmd__show"
                ;;
            oscope__subcmd__volume,create)
                cmd="oscope__subcmd__volume__subcmd__create"
                ;;
            oscope__subcmd__volume,delete)
                cmd="oscope__subcmd__volume__subcmd__delete"
                ;;
            oscope__subcmd__volume,help)
                cmd="oscope__subcmd__volume__subcmd__help"
                ;;
            oscope__subcmd__volume,list)
                cmd="oscope__subcmd__volume__subcmd__list"
                ;;
            oscope__subcmd__volume,set)
                cmd="oscope__subcmd__volume__subcmd__set"
                ;;
            oscope__subcmd__volume,show)
                cmd="oscope__subcmd__volume__subcmd__show"
                ;;
            oscope__subcmd__volume__subcmd__help,create)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__create"
                ;;
            oscope__subcmd__volume__subcmd__help,delete)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__delete"
                ;;
            oscope__subcmd__volume__subcmd__help,help)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__help"
                ;;
            oscope__subcmd__volume__subcmd__help,list)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__list"
                ;;
            oscope__subcmd__volume__subcmd__help,set)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__set"
                ;;
            oscope__subcmd__volume__subcmd__help,show)
                cmd="oscope__subcmd__volume__subcmd__help__subcmd__show"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        oscope)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version scope completion token catalog endpoint site server flavor image network subnet volume user project keypair console hypervisor compute aggregate usage availability quota limits api help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create set unset delete add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__add)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version host help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__add__subcmd__help)
            opts="host help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__add__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__add__subcmd__help__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__add__subcmd__host)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__create)
            opts="-f -c -h -V --zone --property --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help)
            opts="list show create set unset delete add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__add)
            opts="host"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__add__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__remove)
            opts="host"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__remove__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --availability-zone --host --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --availability-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__remove)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version host help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__remove__subcmd__help)
            opts="host help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__remove__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__remove__subcmd__help__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__remove__subcmd__host)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__set)
            opts="-h -V --name --zone --property --no-property --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__aggregate__subcmd__unset)
            opts="-h -V --property --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__api)
            opts="-H -h -V --body --header --noindent --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version zone help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__help)
            opts="zone help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__help__subcmd__zone)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__help__subcmd__zone__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__zone)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__zone__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__zone__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__zone__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__availability__subcmd__zone__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --compute --network --volume --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__help)
            opts="list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__list)
            opts="-f -c -h -V --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__catalog__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__completion)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version service help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help)
            opts="service help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help__subcmd__service)
            opts="list set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__help__subcmd__service__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__help)
            opts="list set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --host --service --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__compute__subcmd__service__subcmd__set)
            opts="-h -V --enable --disable --disable-reason --up --down --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --disable-reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version log url help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help)
            opts="log url help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help__subcmd__log)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help__subcmd__log__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help__subcmd__url)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__help__subcmd__url__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__log)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__log__subcmd__help)
            opts="show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__log__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__log__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__log__subcmd__show)
            opts="-h -V --lines --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lines)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__url)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__url__subcmd__help)
            opts="show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__url__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__url__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__console__subcmd__url__subcmd__show)
            opts="-f -c -h -V --novnc --xvpvnc --spice --spice-direct --rdp --serial --mks --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__endpoint)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__endpoint__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__endpoint__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__endpoint__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__endpoint__subcmd__list)
            opts="-f -c -h -V --service --interface --region --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create set unset delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__create)
            opts="-f -c -h -V --ram --disk --ephemeral --swap --vcpus --id --public --private --property --project --description --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ram)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --disk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ephemeral)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --swap)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vcpus)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help)
            opts="list show create set unset delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --public --private --all --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__set)
            opts="-h -V --property --no-property --project --description --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__flavor__subcmd__unset)
            opts="-h -V --property --project --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help)
            opts="scope completion token catalog endpoint site server flavor image network subnet volume user project keypair console hypervisor compute aggregate usage availability quota limits api help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate)
            opts="list show create set unset delete add remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__add)
            opts="host"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__add__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__remove)
            opts="host"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__remove__subcmd__host)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__aggregate__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__api)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__availability)
            opts="zone"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__availability__subcmd__zone)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__availability__subcmd__zone__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__catalog)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__catalog__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__catalog__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__compute)
            opts="service"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__compute__subcmd__service)
            opts="list set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__compute__subcmd__service__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__console)
            opts="log url"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__console__subcmd__log)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__console__subcmd__log__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__console__subcmd__url)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__console__subcmd__url__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__endpoint)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__endpoint__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor)
            opts="list show create set unset delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__flavor__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__hypervisor)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__hypervisor__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__hypervisor__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image)
            opts="list show create delete set save"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__save)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__image__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__keypair)
            opts="list show create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__keypair__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__keypair__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__keypair__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__keypair__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__limits)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__limits__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network)
            opts="list show create delete set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__network__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project)
            opts="list show create delete set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__project__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__quota)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__quota__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__scope)
            opts="check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__scope__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server)
            opts="list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump group event"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__backup)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__backup__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__dump)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__dump__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__evacuate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__event)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__event__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__event__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__group)
            opts="list show create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__group__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__image)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__image__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__lock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migrate)
            opts="confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migrate__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migrate__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migration)
            opts="list confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__migration__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__pause)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__reboot)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__rebuild)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__rescue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__resize)
            opts="confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__resize__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__resize__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__resume)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__shelve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__suspend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__unlock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__unpause)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__unrescue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__server__subcmd__unshelve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__site)
            opts="list capacity"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__site__subcmd__capacity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__site__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__subnet)
            opts="list show create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__subnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__subnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__subnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__subnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__token)
            opts="issue"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__token__subcmd__issue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__usage)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__usage__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__usage__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user)
            opts="list show create delete set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__user__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume)
            opts="list show create delete set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__help__subcmd__volume__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__help)
            opts="list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__hypervisor__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set save help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__create)
            opts="-f -c -h -V --file --disk-format --container-format --public --private --shared --community --property --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --disk-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help)
            opts="list show create delete set save help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__save)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__save)
            opts="-h -V --file --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__set)
            opts="-h -V --name --property --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__image__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__create)
            opts="-f -c -h -V --public-key --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help)
            opts="list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__keypair__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --public-key --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__limits)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__limits__subcmd__help)
            opts="show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__limits__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__limits__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__limits__subcmd__show)
            opts="-f -c -h -V --absolute --per-site --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__create)
            opts="-f -c -h -V --share --description --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help)
            opts="list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__set)
            opts="-h -V --name --description --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__network__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__create)
            opts="-f -c -h -V --description --domain --disable --or-show --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help)
            opts="list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__set)
            opts="-h -V --name --description --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__project__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__quota)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__quota__subcmd__help)
            opts="show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__quota__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__quota__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__quota__subcmd__show)
            opts="-f -c -h -V --per-site --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__scope)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__scope__subcmd__check)
            opts="-f -h -V --format --noindent --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__scope__subcmd__help)
            opts="check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__scope__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__scope__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump group event help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__backup)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__backup__subcmd__create)
            opts="-f -c -h -V --name --type --rotate --wait --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rotate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__backup__subcmd__help)
            opts="create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__backup__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__backup__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__create)
            opts="-f -c -h -V --flavor --image --network --key-name --nic --port --security-group --user-data --availability-zone --property --password --min --max --config-drive --hint --server-group --tag --description --wait --no-copy-image --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --flavor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nic)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --security-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --availability-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-drive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__dump)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__dump__subcmd__create)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__dump__subcmd__help)
            opts="create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__dump__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__dump__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__evacuate)
            opts="-f -c -h -V --wait --host --password --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__help)
            opts="list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__event__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__create)
            opts="-f -c -h -V --policy --rule --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --policy)
                    COMPREPLY=($(compgen -W "affinity anti-affinity soft-affinity soft-anti-affinity" -- "${cur}"))
                    return 0
                    ;;
                --rule)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help)
            opts="list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --all-projects --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__group__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help)
            opts="list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump group event help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__backup)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__backup__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__dump)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__dump__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__evacuate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__event)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__event__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__event__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__group)
            opts="list show create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__group__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__image)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__image__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__lock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migrate)
            opts="confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migrate__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migrate__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migration)
            opts="list confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__migration__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__pause)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__reboot)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__rebuild)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__rescue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__resize)
            opts="confirm revert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__resize__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__resize__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__resume)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__shelve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__suspend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__unlock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__unpause)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__unrescue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__help__subcmd__unshelve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__image)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__image__subcmd__create)
            opts="-f -c -h -V --name --property --wait --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__image__subcmd__help)
            opts="create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__image__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__image__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__list)
            opts="-f -c -n -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --all-projects --status --name --host --project --user --flavor --image --availability-zone --ip --deleted --changes-since --changes-before --limit --marker --no-name-lookup --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "ACTIVE BUILD DELETED ERROR HARD_REBOOT MIGRATING PASSWORD PAUSED REBOOT REBUILD RESCUE RESIZE REVERT_RESIZE SHELVED SHELVED_OFFLOADED SHUTOFF SOFT_DELETED SUSPENDED VERIFY_RESIZE" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flavor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --availability-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --changes-since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --changes-before)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --marker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__lock)
            opts="-h -V --reason --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate)
            opts="-h -V --live-migration --host --shared-migration --block-migration --disk-overcommit --no-disk-overcommit --wait --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__confirm)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__help)
            opts="confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__help__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migrate__subcmd__revert)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__confirm)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__help)
            opts="list confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__help__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --server --host --status --type --marker --limit --changes-since --changes-before --project --user --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "evacuation live-migration cold-migration resize" -- "${cur}"))
                    return 0
                    ;;
                --marker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --changes-since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --changes-before)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__migration__subcmd__revert)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__pause)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__reboot)
            opts="-h -V --hard --soft --wait --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__rebuild)
            opts="-f -c -h -V --image --name --password --property --description --preserve-ephemeral --no-preserve-ephemeral --key-name --no-key-name --wait --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__rescue)
            opts="-h -V --image --password --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize)
            opts="-h -V --flavor --confirm --revert --wait --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --flavor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__confirm)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__help)
            opts="confirm revert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__confirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__help__subcmd__revert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resize__subcmd__revert)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__resume)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__set)
            opts="-h -V --name --description --property --tag --state --auto-approve --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "active error" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__shelve)
            opts="-h -V --offload --wait --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__start)
            opts="-h -V --all-projects --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__stop)
            opts="-h -V --all-projects --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__suspend)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__unlock)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__unpause)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__unrescue)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__unset)
            opts="-h -V --property --all-properties --description --tag --all-tags --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --property)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__server__subcmd__unshelve)
            opts="-h -V --availability-zone --wait --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --availability-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list capacity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__capacity)
            opts="-f -c -h -V --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__help)
            opts="list capacity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__help__subcmd__capacity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__site__subcmd__list)
            opts="-f -c -h -V --check --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__create)
            opts="-f -c -h -V --network --subnet-range --gateway --no-dhcp --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --network)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subnet-range)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gateway)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help)
            opts="list show create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__subnet__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__token)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version issue help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__token__subcmd__help)
            opts="issue help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__token__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__token__subcmd__help__subcmd__issue)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__token__subcmd__issue)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__help)
            opts="list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__list)
            opts="-f -c -h -V --start --end --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --end)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__usage__subcmd__show)
            opts="-f -c -h -V --project --start --end --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --end)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__create)
            opts="-f -c -h -V --password --password-prompt --email --description --project --domain --disable --or-show --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help)
            opts="list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__set)
            opts="-h -V --name --password --email --description --enable --disable --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__user__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__create)
            opts="-f -c -h -V --size --description --type --server --atomic --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__delete)
            opts="-h -V --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help)
            opts="list show create delete set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__list)
            opts="-f -c -h -V --long --format --column --sort-column --sort-ascending --sort-descending --noindent --max-width --fit-width --print-empty --quote --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml csv value" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --quote)
                    COMPREPLY=($(compgen -W "all minimal nonnumeric none" -- "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__set)
            opts="-h -V --name --description --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        oscope__subcmd__volume__subcmd__show)
            opts="-f -c -h -V --format --column --noindent --max-width --fit-width --prefix --os-scope --os-cloud --os-auth-url --os-auth-type --os-username --os-user-id --os-password --os-project-name --os-project-id --os-user-domain-name --os-user-domain-id --os-project-domain-name --os-project-domain-id --os-domain-name --os-domain-id --os-system-scope --os-token --os-application-credential-id --os-application-credential-name --os-application-credential-secret --os-region-name --os-interface --os-cacert --insecure --timeout --max-concurrency --no-token-cache --no-route-cache --explain --debug --timing --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json yaml value shell" -- "${cur}"))
                    return 0
                    ;;
                --column)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-auth-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-user-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-project-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-domain-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-system-scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-application-credential-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-region-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-interface)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-cacert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _oscope -o nosort -o bashdefault -o default oscope
else
    complete -F _oscope -o bashdefault -o default oscope
fi
