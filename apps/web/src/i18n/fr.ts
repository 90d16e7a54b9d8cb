import type { Catalogue } from './catalogue.ts';
import { lawFr } from './law/fr.ts';

/**
 * French. Typography: a no-break space before « : ; ? ! » and inside « ».
 * Function names use the generic masculine, as in French administrative style.
 */
export const fr: Catalogue = {
  'app.name': 'Concord',
  'app.documentTitle': '{page} · Concord',
  'app.skipToContent': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.tagline': 'Coopération contre l’exploitation sexuelle des enfants',

  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.banks': 'Banques d’empreintes',
  'nav.match': 'Comparer des empreintes',
  'nav.scanReports': 'Rapports d’analyse',
  'nav.received': 'Banques reçues',
  'nav.peers': 'Nœuds pairs',
  'nav.users': 'Utilisateurs',
  'nav.audit': 'Journal d’audit',
  'nav.account': 'Mon compte',
  'nav.toggle': 'Afficher ou masquer la navigation',

  'header.signedInAs': 'Connecté en tant que {name}',
  'header.signOut': 'Se déconnecter',
  'header.signOutFailed': 'La déconnexion a échoué.',
  'header.language': 'Langue',
  'header.languageCurrent': 'Langue : {language}',

  'session.expired': 'Votre session a expiré. Reconnectez-vous pour continuer.',
  'session.ended': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'session.signedOut': 'Vous êtes déconnecté.',
  'session.checkFailed': 'Concord ne parvient pas à vérifier si vous êtes connecté.',

  'common.copy': 'Copier',
  'common.copied': 'Copié',
  'common.copyFailed': 'La copie a échoué : sélectionnez le texte et copiez-le manuellement.',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.save': 'Enregistrer',
  'common.done': 'Terminé',
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.never': 'Jamais',
  'common.total': 'Total : {count}',
  'common.pageSize': 'Lignes par page',
  'common.pagination': 'Pages',
  'common.paginationOf': 'Pages : {list}',
  'common.pageSizeOf': 'Lignes par page : {list}',
  'common.previousPage': 'Page précédente',
  'common.nextPage': 'Page suivante',
  'common.firstPage': 'Première page',
  'common.lastPage': 'Dernière page',
  'common.goToPage': 'Page {page}',
  'common.errorCode': 'Code d’erreur : {code}',
  'common.togglePasswordVisibility': 'Afficher ou masquer le mot de passe',
  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.unknown': 'Inconnu',
  'common.breadcrumbs': 'Vous êtes ici',
  'common.chosenFile': 'Fichier choisi : {name} ({size})',

  'oneTime.label': 'Mot de passe à usage unique',
  'oneTime.warning':
    'Affiché une seule fois. Copiez-le maintenant et transmettez-le à la personne par un canal sûr : Concord ne pourra plus l’afficher.',

  'signIn.title': 'Connexion',
  'signIn.intro': 'Connectez-vous à ce nœud Concord.',
  'signIn.restricted':
    'Réservé au personnel habilité. Chaque connexion est consignée dans le journal d’audit.',
  'signIn.username': 'Identifiant',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.usernameRequired': 'Saisissez votre identifiant.',
  'signIn.passwordRequired': 'Saisissez votre mot de passe.',
  'signIn.codeTitle': 'Saisissez votre code d’authentification',
  'signIn.codeIntro':
    'Ouvrez votre application d’authentification et saisissez le code à six chiffres affiché pour Concord.',
  'signIn.code': 'Code à six chiffres',
  'signIn.codeHint': 'Le code change toutes les 30 secondes et chaque code ne sert qu’une fois.',
  'signIn.codeFormat':
    'Saisissez les six chiffres affichés par votre application d’authentification.',
  'signIn.verify': 'Valider',
  'signIn.otherAccount': 'Annuler et se connecter avec un autre compte',

  'passwordChange.title': 'Choisissez un nouveau mot de passe',
  'passwordChange.intro':
    'Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe avant de continuer.',
  'passwordChange.current': 'Mot de passe actuel',
  'passwordChange.currentOneTimeHint': 'Le mot de passe à usage unique qui vous a été remis.',
  'passwordChange.new': 'Nouveau mot de passe',
  'passwordChange.newHint':
    'Au moins 12 caractères, sans votre identifiant. Une longue phrase de passe est la plus facile à retenir.',
  'passwordChange.repeat': 'Confirmez le nouveau mot de passe',
  'passwordChange.submit': 'Changer le mot de passe',
  'passwordChange.done': 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  'passwordChange.currentRequired': 'Saisissez votre mot de passe actuel.',
  'passwordChange.tooShort': 'Le nouveau mot de passe doit compter au moins 12 caractères.',
  'passwordChange.containsUsername':
    'Le nouveau mot de passe ne doit pas contenir votre identifiant.',
  'passwordChange.sameAsCurrent': 'Le nouveau mot de passe doit être différent de l’actuel.',
  'passwordChange.mismatch': 'Les deux saisies du nouveau mot de passe ne correspondent pas.',

  'secondFactorSetup.title': 'Configurez votre second facteur',
  'secondFactorSetup.intro':
    'Un administrateur exige un second facteur pour votre compte. Configurez une application d’authentification pour continuer.',

  'totp.start': 'Configurer une application d’authentification',
  'totp.scan':
    'Scannez ce code QR avec une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis ou Google Authenticator).',
  'totp.qrLabel': 'Code QR qui ajoute ce compte Concord à une application d’authentification',
  'totp.manual':
    'Si vous ne pouvez pas le scanner, saisissez cette clé manuellement dans l’application :',
  'totp.copyKey': 'Copier la clé',
  'totp.enterCode': 'Saisissez ensuite le code à six chiffres affiché par l’application :',
  'totp.confirm': 'Confirmer',
  'totp.done':
    'Votre application d’authentification est configurée. Désormais, Concord vous demandera un code à chaque connexion.',

  'home.title': 'Accueil',
  'home.welcome': 'Bienvenue, {name}',
  'home.nodeTitle': 'Ce nœud',
  'home.nodeIntro':
    'L’identité de ce nœud et les clés publiques avec lesquelles il signe et chiffre. Pour établir une liaison avec un autre nœud, utilisez la carte du nœud ci-dessous.',
  'home.name': 'Nom',
  'home.jurisdiction': 'Pays ou territoire',
  'home.nodeId': 'Identifiant du nœud',
  'home.signingKey': 'Empreinte de la clé de signature (Ed25519)',
  'home.encryptionKey': 'Empreinte de la clé de chiffrement (X25519)',
  'home.version': 'Version du logiciel',
  'home.created': 'Créé le',

  'users.title': 'Utilisateurs',
  'users.intro':
    'Les personnes qui peuvent se connecter à ce nœud. La consultation de cette liste est consignée dans le journal d’audit.',
  'users.create': 'Créer un utilisateur',
  'users.username': 'Identifiant',
  'users.displayName': 'Nom affiché',
  'users.role': 'Rôle',
  'users.status': 'État',
  'users.created': 'Créé le',
  'users.actions': 'Actions',
  'users.actionsFor': 'Actions pour {name}',
  'users.you': 'vous',
  'users.empty': 'Il n’y a encore aucun utilisateur.',
  'users.statusActive': 'Actif',
  'users.statusDisabled': 'Désactivé',
  'users.statusLocked': 'Verrouillé jusqu’au {time}',
  'users.statusMustChange': 'Doit changer son mot de passe',
  'users.statusTotpOn': 'Second facteur activé',
  'users.statusTotpRequired': 'Second facteur exigé',
  'users.createTitle': 'Créer un utilisateur',
  'users.usernameHint':
    'Lettres, chiffres, point, tiret et tiret bas, en commençant par une lettre ou un chiffre. Il ne pourra pas être modifié.',
  'users.usernameInvalid':
    'Utilisez de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.',
  'users.displayNameRequired': 'Saisissez un nom affiché.',
  'users.requireTotp': 'Exiger un second facteur (application d’authentification)',
  'users.requireTotpHint': 'La personne devra le configurer lors de sa première connexion.',
  'users.createSubmit': 'Créer l’utilisateur',
  'users.createdIntro':
    'Le compte de {name} a été créé. Remettez-lui ce mot de passe à usage unique : il devra être changé lors de la première connexion.',
  'users.changeRole': 'Changer le rôle',
  'users.disable': 'Désactiver le compte',
  'users.enable': 'Réactiver le compte',
  'users.requireTotpAction': 'Exiger un second facteur',
  'users.stopRequireTotp': 'Ne plus exiger de second facteur',
  'users.resetPassword': 'Réinitialiser le mot de passe',
  'users.unlock': 'Déverrouiller',
  'users.roleTitle': 'Changer le rôle de {name}',
  'users.roleBody': 'Le nouveau rôle s’applique dès sa prochaine requête.',
  'users.newRole': 'Nouveau rôle',
  'users.disableTitle': 'Désactiver le compte de {name} ?',
  'users.disableBody':
    '{name} est déconnecté immédiatement et ne pourra plus se connecter tant qu’un administrateur n’aura pas réactivé le compte.',
  'users.stopRequireTitle': 'Ne plus exiger de second facteur pour {name} ?',
  'users.stopRequireBody':
    'La personne pourra désactiver son application d’authentification et se connecter avec son seul mot de passe.',
  'users.resetTitle': 'Réinitialiser le mot de passe de {name} ?',
  'users.resetBody':
    'Son mot de passe actuel cesse de fonctionner et ses sessions sont fermées. Vous recevrez un nouveau mot de passe à usage unique à lui remettre.',
  'users.resetDoneTitle': 'Nouveau mot de passe à usage unique pour {name}',
  'users.resetDoneIntro':
    'Remettez ce mot de passe à usage unique à {name}. Il devra être changé lors de la prochaine connexion.',
  'users.updated': 'Le compte de {name} a été mis à jour.',
  'users.unlocked': '{name} peut de nouveau se connecter.',

  'role.admin': 'Administrateur du nœud',
  'role.analyst': 'Enquêteur / analyste',
  'role.victim_id': 'Spécialiste de l’identification des victimes',
  'role.legal': 'Juriste',
  'role.victim_support': 'Coordinateur de l’aide aux victimes',
  'role.coordinator': 'Coordinateur international',
  'role.auditor': 'Auditeur',

  'permission.node:read': 'Consulter l’identité du nœud',
  'permission.users:read': 'Consulter les utilisateurs',
  'permission.users:write': 'Gérer les utilisateurs',
  'permission.audit:read': 'Consulter le journal d’audit',
  'permission.audit:export': 'Exporter le journal d’audit',
  'permission.banks:read': 'Consulter les banques d’empreintes',
  'permission.banks:write': 'Alimenter les banques d’empreintes',
  'permission.banks:export': 'Exporter les banques d’empreintes',
  'permission.match:run': 'Lancer la comparaison d’empreintes',

  'permission.federation:read': 'Consulter les pairs, le partage et les abonnements',
  'permission.federation:admin': 'Gérer les pairs, le partage et les abonnements',
  'purpose.investigation': 'Enquête',
  'purpose.victim_identification': 'Identification des victimes',
  'purpose.prosecution': 'Poursuites',
  'purpose.victim_support': 'Aide aux victimes',
  'purpose.statistics': 'Statistiques',
  'purpose.oversight': 'Contrôle',

  'outcome.success': 'Réussite',
  'outcome.failure': 'Échec',
  'outcome.denied': 'Refusé',

  'account.title': 'Mon compte',
  'account.profileTitle': 'Profil',
  'account.username': 'Identifiant',
  'account.role': 'Rôle',
  'account.displayName': 'Nom affiché',
  'account.displayNameRequired': 'Saisissez un nom affiché.',
  'account.profileSaved': 'Votre nom affiché a été enregistré.',
  'account.languageTitle': 'Langue',
  'account.languageHint':
    'Concord utilise cette langue pour vous, quel que soit le poste de connexion.',
  'account.languageSaved': 'Votre langue a été enregistrée.',
  'account.passwordTitle': 'Mot de passe',
  'account.secondFactorTitle': 'Second facteur',
  'account.totpOn': 'Une application d’authentification protège votre compte.',
  'account.totpOff':
    'Aucun second facteur n’est configuré. Une application d’authentification protège votre compte même si votre mot de passe est divulgué.',
  'account.totpRequiredByAdmin':
    'Un administrateur exige un second facteur pour votre compte : il ne peut donc pas être désactivé.',
  'account.totpDisable': 'Désactiver le second facteur',
  'account.totpDisableTitle': 'Désactiver votre second facteur ?',
  'account.totpDisableBody':
    'Votre compte ne sera alors protégé que par votre mot de passe. Saisissez votre mot de passe pour confirmer.',
  'account.totpDisableSubmit': 'Désactiver',
  'account.totpDisabled': 'Votre second facteur a été désactivé.',
  'account.password': 'Mot de passe',
  'account.passwordRequired': 'Saisissez votre mot de passe.',

  'tokens.title': 'Jetons d’API',
  'tokens.intro':
    'Un jeton permet à un script d’appeler l’API de ce nœud en votre nom, dans la limite des droits choisis, jusqu’à son expiration ou sa révocation. Protégez-le comme un mot de passe.',
  'tokens.create': 'Créer un jeton',
  'tokens.name': 'Nom',
  'tokens.scopes': 'Droits',
  'tokens.created': 'Créé le',
  'tokens.expires': 'Expire le',
  'tokens.lastUsed': 'Dernière utilisation',
  'tokens.status': 'État',
  'tokens.actions': 'Actions',
  'tokens.active': 'Actif',
  'tokens.expired': 'Expiré',
  'tokens.revokedOn': 'Révoqué le {date}',
  'tokens.revoke': 'Révoquer',
  'tokens.revokeLabel': 'Révoquer le jeton {name}',
  'tokens.revokeTitle': 'Révoquer le jeton {name} ?',
  'tokens.revokeBody':
    'Les scripts qui l’utilisent cessent immédiatement de fonctionner. Cette action est irréversible.',
  'tokens.revoked': 'Le jeton {name} a été révoqué.',
  'tokens.empty': 'Vous n’avez aucun jeton d’API.',
  'tokens.createTitle': 'Créer un jeton d’API',
  'tokens.nameHint': 'L’usage du jeton, par exemple « export statistique nocturne ».',
  'tokens.nameRequired': 'Saisissez un nom.',
  'tokens.scopesHint': 'Seuls les droits accordés à votre rôle peuvent être choisis.',
  'tokens.scopesRequired': 'Choisissez au moins un droit.',
  'tokens.expiresInDays': 'Durée de validité (jours)',
  'tokens.expiresInDaysHint': 'De 1 à 365 jours.',
  'tokens.expiresInDaysInvalid': 'Saisissez un nombre entier de jours compris entre 1 et 365.',
  'tokens.createSubmit': 'Créer le jeton',
  'tokens.createdIntro':
    'Votre nouveau jeton « {name} ». Les scripts l’envoient dans l’en-tête « Authorization: Bearer <jeton> ».',
  'tokens.tokenLabel': 'Jeton d’API',
  'tokens.warning':
    'Affiché une seule fois. Copiez-le maintenant et conservez-le en lieu sûr : Concord n’en garde qu’une empreinte et ne pourra plus l’afficher.',

  'audit.title': 'Journal d’audit',
  'audit.intro':
    'Toutes les actions effectuées sur ce nœud, des plus récentes aux plus anciennes, dans une chaîne infalsifiable. La consultation du journal est elle-même consignée.',
  'audit.filters': 'Filtres',
  'audit.actor': 'Auteur (identifiant)',
  'audit.action': 'Action',
  'audit.actionHint':
    'Une action précise, ou une famille terminée par un point, par exemple « user. »',
  'audit.objectType': 'Type d’objet',
  'audit.objectId': 'Identifiant de l’objet',
  'audit.outcome': 'Résultat',
  'audit.anyOutcome': 'Tous les résultats',
  'audit.from': 'Du',
  'audit.to': 'Au',
  'audit.timesHint': 'Les heures sont exprimées dans le fuseau horaire de votre ordinateur.',
  'audit.rangeInvalid': 'La date de début doit précéder la date de fin.',
  'audit.apply': 'Appliquer les filtres',
  'audit.clear': 'Effacer les filtres',
  'audit.events': 'Événements',
  'audit.seq': 'N°',
  'audit.time': 'Date et heure',
  'audit.actorColumn': 'Auteur',
  'audit.actionColumn': 'Action',
  'audit.object': 'Objet',
  'audit.purpose': 'Finalité',
  'audit.outcomeColumn': 'Résultat',
  'audit.clientAddress': 'Adresse du client',
  'audit.details': 'Détails',
  'audit.system': 'Système',
  'audit.empty': 'Aucun événement ne correspond à ces filtres.',
  'audit.verify': 'Vérifier l’intégrité',
  'audit.intact': 'Le journal est intègre : {count} événements vérifiés.',
  'audit.broken':
    'Le journal est rompu à l’événement n° {seq} ({reason}), sur {count} événements. Signalez-le immédiatement à votre responsable de la sécurité.',
  'audit.export': 'Exporter en CSV',
  'audit.exportTitle': 'Exporter le journal d’audit',
  'audit.exportIntro':
    'Le fichier contient les événements correspondant aux filtres en cours. La finalité choisie est consignée dans le journal.',
  'audit.exportPurpose': 'Finalité de l’export',
  'audit.exportPurposeRequired': 'Choisissez une finalité.',
  'audit.exportSubmit': 'Télécharger le CSV',
  'audit.exportStarted': 'Le fichier CSV a été téléchargé.',

  'banks.title': 'Banques d’empreintes',
  'banks.intro':
    'Les contenus connus sous forme d’empreintes, avec leur classification, leur série et leur code de traitement : les banques propres à ce nœud et celles que d’autres nœuds partagent avec lui. Aucun média n’est jamais stocké ni affiché.',
  'banks.create': 'Créer une banque',
  'banks.name': 'Nom',
  'banks.description': 'Description',
  'banks.origin': 'Origine',
  'banks.originLocal': 'Ce nœud',
  'banks.originReceived': 'Partagée par le nœud',
  'banks.handling': 'Code de traitement',
  'banks.signalCount': 'Empreintes',
  'banks.updated': 'Mise à jour',
  'banks.empty': 'Ce nœud n’a encore aucune banque d’empreintes.',
  'banks.emptyCanCreate':
    'Ce nœud n’a encore aucune banque d’empreintes. Créez-en une, puis importez-y un fichier d’empreintes.',
  'banks.createTitle': 'Créer une banque d’empreintes',
  'banks.nameHint':
    'Lettres minuscules, chiffres, points, tirets et tirets bas, par exemple « national-connu ». Il ne pourra pas être modifié.',
  'banks.nameInvalid':
    'Utilisez de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.',
  'banks.descriptionTooLong': 'La description ne peut dépasser 500 caractères.',
  'banks.handlingLegend': 'Code de traitement par défaut de ses empreintes',
  'banks.tlp': 'Traffic Light Protocol (TLP)',
  'banks.pap': 'Permissible Actions Protocol (PAP)',
  'banks.noOnwardTransmissionHint':
    'Les destinataires ne doivent transmettre les empreintes à personne d’autre.',
  'banks.intelligenceOnlyHint': 'Ne peut servir de preuve en justice sans l’accord de ce nœud.',
  'banks.retainUntil': 'Conservation jusqu’au',
  'banks.retainUntilHint':
    'Les destinataires suppriment les empreintes à la fin de ce jour (UTC). Laissez vide pour ne fixer aucune limite.',
  'banks.retainUntilPast':
    'Choisissez une date postérieure à aujourd’hui, ou laissez le champ vide.',
  'banks.permittedPurposes': 'Finalités autorisées',
  'banks.permittedPurposesHint':
    'Les destinataires ne peuvent utiliser les empreintes que pour les finalités cochées. Ne cochez rien pour autoriser toute finalité.',
  'banks.createSubmit': 'Créer la banque',

  'handling.noOnwardTransmission': 'Pas de retransmission',
  'handling.intelligenceOnly': 'Renseignement uniquement',
  'handling.retainUntilDate': 'Conservation jusqu’au {date}',
  'handling.onlyFor': 'Uniquement pour : {purposes}',

  'tlp.CLEAR': 'La diffusion n’est pas limitée.',
  'tlp.GREEN':
    'Les destinataires peuvent la partager au sein de leur communauté, mais pas publiquement.',
  'tlp.AMBER':
    'Les destinataires ne peuvent la partager qu’avec ceux qui ont besoin d’en connaître, au sein de leur organisation et de ses clients.',
  'tlp.AMBER+STRICT':
    'Les destinataires ne peuvent la partager qu’au sein de leur propre organisation.',
  'tlp.RED': 'Réservée aux destinataires nommés ; aucune autre diffusion.',
  'pap.CLEAR': 'Aucune restriction sur les actions entreprises.',
  'pap.GREEN': 'Les actions actives sont permises.',
  'pap.AMBER': 'Vérifications passives uniquement, comme une recherche ; aucune action active.',
  'pap.RED':
    'Uniquement des actions que l’autre partie ne peut pas détecter, au sein de votre organisation.',

  'grade.label': '{scheme} : {value}',
  'gradeScheme.vics_us': 'VICS, profil des États-Unis',
  'gradeScheme.vics_uk': 'VICS, profil du Royaume-Uni',
  'gradeScheme.vics_ca': 'VICS, profil canadien',
  'gradeScheme.caid': 'Catégories CAID (A, B, C)',
  'gradeScheme.interpol_baseline': 'Référentiel INTERPOL (Baseline)',
  'gradeScheme.ncmec_industry': 'Classification sectorielle du NCMEC',
  'gradeScheme.custom': 'Barème propre',

  'bank.summaryTitle': 'Code de traitement et volumes',
  'bank.summaryIntro':
    'Chaque empreinte de cette banque porte ce code de traitement, sauf si elle est arrivée avec le sien. Les destinataires l’appliquent.',
  'bank.noRetentionLimit': 'Aucune limite',
  'bank.anyPurpose': 'Toute finalité',
  'bank.created': 'Création',
  'bank.import': 'Importer un fichier',
  'bank.export': 'Exporter',
  'bank.sections': 'Parties de cette banque',

  'signals.title': 'Empreintes',
  'signals.search': 'Rechercher dans les empreintes',
  'signals.purpose': 'Finalité de votre recherche',
  'signals.purposeHint':
    'Transmise avec chaque recherche et consignée dans le journal d’audit. Les empreintes dont l’auteur limite l’usage ne s’affichent que pour une finalité qu’il autorise.',
  'signals.noPurpose': 'Aucune finalité indiquée',
  'signals.type': 'Type d’empreinte',
  'signals.anyType': 'Tous les types',
  'signals.value': 'Valeur de l’empreinte (exacte)',
  'signals.valueColumn': 'Valeur de l’empreinte',
  'signals.series': 'Série',
  'signals.gradeScheme': 'Barème de classification',
  'signals.anyScheme': 'Tous les barèmes',
  'signals.gradeValue': 'Classification',
  'signals.gradeValueHint': 'Par exemple 1, A ou baseline.',
  'signals.includeRetracted': 'Inclure les empreintes retirées',
  'signals.apply': 'Rechercher',
  'signals.clear': 'Effacer les filtres',
  'signals.empty': 'Aucune empreinte à afficher pour cette recherche.',
  'signals.grade': 'Classification',
  'signals.gradedBy': 'classée par {name}',
  'signals.ungraded': 'Non classée',
  'signals.victimIdentified': 'Victime identifiée',
  'signals.offenderIdentified': 'Auteur identifié',
  'signals.distributed': 'Diffusée',
  'signals.contributor': 'Contributeur',
  'signals.agreement': 'Accord sur la classification',
  'signals.gradedByAgencies': 'Services l’ayant classée : {count}',
  'signals.disputes': 'Services la contestant : {count}',
  'signals.handling': 'Code de traitement',
  'signals.state': 'État',
  'signals.actions': 'Actions possibles',
  'signals.live': 'Active',
  'signals.retractedState': 'Retirée',
  'signals.copyValue': 'Copier l’empreinte {type} {value}',
  'signals.retract': 'Retirer',
  'signals.retractLabel': 'Retirer l’empreinte {type} {value}',
  'signals.retractTitle': 'Retirer cette empreinte {type} ?',
  'signals.retractBody':
    'Elle cesse aussitôt de produire des correspondances, et les nœuds qui reçoivent cette banque sont avisés de ne plus l’utiliser. Le motif est consigné et transmis avec le retrait.',
  'signals.retractReason': 'Motif du retrait',
  'signals.retractReasonHint': 'Par exemple « classée à tort : non pertinente ».',
  'signals.retractReasonInvalid': 'Indiquez un motif de 3 à 500 caractères.',
  'signals.retracted': 'L’empreinte a été retirée.',

  'withheld.signals': 'Empreintes non affichées en raison de leur code de traitement : {count}.',
  'withheld.matches':
    'Correspondances non affichées en raison de leur code de traitement : {count}.',
  'withheld.reason.role_not_permitted': 'Votre rôle ne permet pas de les voir : {count}',
  'withheld.reason.retention_expired': 'Leur durée de conservation a expiré : {count}',
  'withheld.reason.purpose_required': 'Elles exigent une finalité déclarée : {count}',
  'withheld.reason.purpose_not_permitted':
    'Leur auteur n’autorise pas la finalité que vous avez indiquée : {count}',
  'withheld.reason.tlp_red_not_recipient':
    'TLP:RED, et vous n’êtes pas un destinataire nommé : {count}',
  'withheld.reason.tlp_forbids_export': 'Leur niveau TLP interdit l’export : {count}',
  'withheld.reason.tlp_forbids_forward': 'Leur niveau TLP interdit de les transmettre : {count}',
  'withheld.reason.no_onward_transmission': 'Leur auteur interdit toute retransmission : {count}',
  'withheld.reason.intelligence_only': 'Renseignement uniquement : {count}',
  'withheld.reason.pap_forbids_action': 'Leur niveau PAP interdit cette action : {count}',
  'withheld.purposeHint':
    'Indiquez la finalité de votre recherche pour voir les empreintes dont l’auteur l’autorise.',

  'import.title': 'Importer un fichier d’empreintes dans {name}',
  'import.crumb': 'Import',
  'import.intro':
    'Le nœud lit chaque ligne et signale toutes celles qu’il ne peut accepter, avec leur numéro et la raison. Les lignes valides sont enregistrées ensemble, en une seule fois.',
  'import.formTitle': 'Fichier et options',
  'import.file': 'Fichier d’empreintes',
  'import.fileHint':
    'Jusqu’à 256 Mo. Le fichier n’est pas modifié ; seules ses empreintes et classifications sont enregistrées.',
  'import.fileRequired': 'Choisissez un fichier.',
  'import.fileEmpty': 'Ce fichier est vide.',
  'import.fileTooLarge':
    'Ce fichier dépasse la taille acceptée par le nœud (256 Mo). Découpez-le en fichiers plus petits.',
  'import.format': 'Format',
  'import.formatHint': 'Le format dans lequel le fichier est écrit.',
  'import.formatGuessed':
    'Déduit du nom du fichier : {format}. Modifiez-le si le fichier est dans un autre format.',
  'import.formatRequired': 'Choisissez le format du fichier.',
  'import.chooseFormat': 'Choisissez un format…',
  'import.signalType': 'Type des empreintes de la liste',
  'import.signalTypeHint':
    'Nécessaire pour les empreintes de 64 caractères, qui peuvent être PDQ ou SHA-256. Les autres longueurs sont reconnues.',
  'import.signalTypeByLength': 'Reconnaître d’après la longueur',
  'import.vicsScheme': 'Barème des catégories VICS',
  'import.vicsSchemeHint':
    'Pour les fichiers du profil Default ou de VICS 1.x, qui n’indiquent pas le profil régional de leurs catégories. Les autres fichiers l’indiquent eux-mêmes.',
  'import.vicsSchemeDefault': 'Non choisi : profil des États-Unis',
  'import.strict': 'Tout ou rien',
  'import.strictHint': 'Si une ligne pose problème, rien n’est enregistré.',
  'import.gradedBy': 'Classé par',
  'import.gradedByHint':
    'Qui a classé les éléments du fichier, si ce n’est pas ce nœud (par exemple « Project VIC »). Facultatif.',
  'import.gradedByTooLong': '120 caractères au maximum.',
  'import.lawfulBasis': 'Base légale',
  'import.lawfulBasisHint': 'Le fondement juridique de la détention de ces empreintes. Facultatif.',
  'import.lawfulBasisTooLong': '500 caractères au maximum.',
  'import.submit': 'Importer',
  'import.uploading':
    'Envoi de {name} ({size}) ; le nœud vérifie chaque ligne. Un gros fichier prend du temps : gardez cette page ouverte.',
  'import.receivedBank':
    'Cette banque est partagée par un autre nœud : seul son auteur peut l’alimenter. Importez plutôt dans une banque propre à ce nœud.',
  'import.reportTitle': 'Compte rendu d’import',
  'import.refused':
    'Rien n’a été importé. L’option « Tout ou rien » était choisie et le fichier comporte des problèmes ({count}, listés ci-dessous). Corrigez-les, ou importez de nouveau sans « Tout ou rien » pour ignorer ces lignes.',
  'import.appliedWithProblems':
    'Import effectué, sauf les lignes en erreur ({count}, listées ci-dessous), qui ont été ignorées.',
  'import.appliedClean': 'Import effectué : toutes les lignes ont été lues sans problème.',
  'import.items': 'Éléments lus',
  'import.inserted': 'Nouvelles empreintes',
  'import.updated': 'Empreintes mises à jour',
  'import.unchanged': 'Empreintes inchangées',
  'import.problems': 'Problèmes',
  'import.problemsTitle': 'Lignes en erreur',
  'import.line': 'Ligne',
  'import.path': 'Champ',
  'import.problem': 'Problème',
  'import.detail': 'Précisions du nœud',
  'import.wholeFile': 'Fichier entier',

  'format.vics': 'Project VIC (JSON VICS)',
  'format.icse': 'Export ICSE d’INTERPOL (CSV à points-virgules)',
  'format.csv': 'Colonnes Concord (CSV)',
  'format.hash_list': 'Liste d’empreintes, une par ligne',
  'format.threatexchange': 'Liste de signaux ThreatExchange',
  'formatHolds.vics':
    'Contient MD5, SHA-1, SHA-256, PDQ et PhotoDNA avec les catégories VICS, les séries et les indicateurs ; chaque élément doit avoir un MD5.',
  'formatHolds.icse':
    'Contient MD5, SHA-1 et PhotoDNA avec le référentiel INTERPOL, les séries et les indicateurs.',
  'formatHolds.csv':
    'Contient tous les types d’empreintes avec leur classification, leur série et leurs indicateurs.',
  'formatHolds.hash_list':
    'Contient uniquement les valeurs MD5, SHA-1, SHA-256, PDQ et PhotoDNA : ni classification, ni série, ni indicateurs.',
  'formatHolds.threatexchange':
    'Contient uniquement les valeurs PDQ, vPDQ, MD5 et SHA-256, telles que les outils ThreatExchange les lisent.',

  'formatProblem.invalid_signal_value': 'Empreinte non valide pour son type',
  'formatProblem.invalid_grade': 'Classification absente de son barème',
  'formatProblem.invalid_field': 'Un champ n’a pas la forme attendue',
  'formatProblem.missing_hash': 'Aucune empreinte dans cet élément',
  'formatProblem.conflicting_signal': 'Deux valeurs différentes pour le même type d’empreinte',
  'formatProblem.bad_utf8': 'Texte UTF-8 non valide',
  'formatProblem.line_too_long': 'Ligne trop longue',
  'formatProblem.unsupported_signal_type': 'Un type d’empreinte que Concord ne gère pas',
  'formatProblem.ambiguous_signal_type':
    '64 caractères : PDQ ou SHA-256 ? Choisissez le type des empreintes',
  'formatProblem.malformed_json': 'JSON non valide',
  'formatProblem.unknown_format_version': 'Une version du format que Concord ne connaît pas',
  'formatProblem.malformed_csv': 'CSV non valide',
  'formatProblem.document_too_large': 'Document trop volumineux',
  'formatProblem.too_many_problems': 'Trop de problèmes : la suite du fichier n’a pas été lue',

  'export.title': 'Exporter la banque d’empreintes {name}',
  'export.crumb': 'Export',
  'export.formLabel': 'Format et finalité',
  'export.intro':
    'Télécharge la banque sous forme de fichier d’empreintes. Votre finalité est consignée dans le journal d’audit ; les empreintes dont le code de traitement ne vous permet pas l’export sont écartées et comptées.',
  'export.bankHandling': 'Code de traitement par défaut :',
  'export.format': 'Format',
  'export.purpose': 'Finalité de l’export',
  'export.purposeHint': 'La raison pour laquelle les empreintes quittent le nœud.',
  'export.purposeRequired': 'Choisissez une finalité.',
  'export.submit': 'Télécharger',
  'export.done': '{name} a été téléchargé.',
  'export.withheld': 'Empreintes écartées en raison de leur code de traitement : {count}',
  'export.notInFormat': 'Empreintes écartées faute de place dans le format : {count}',
  'export.notInFormatHint':
    'Pour conserver tous les types d’empreintes, exportez au format Colonnes Concord (CSV).',

  'match.title': 'Comparer des empreintes',
  'match.intro':
    'Recherchez des empreintes dans toutes les banques de ce nœud. Seuls les classifications, séries et volumes sont renvoyés ; la recherche est consignée dans le journal d’audit.',
  'match.formLabel': 'Empreintes à rechercher',
  'match.hashes': 'Empreintes, une par ligne',
  'match.hashesHint':
    'Écrivez « type valeur » (par exemple « md5 d41d8cd98f00b204e9800998ecf8427e ») ou la valeur seule, du type choisi ci-dessous. {max} lignes au maximum.',
  'match.bareType': 'Type des valeurs seules',
  'match.bareTypeHint': 'Pour les lignes sans type en tête.',
  'match.threshold': 'Seuil de distance PDQ',
  'match.thresholdHint': 'De 0 (identique) à 64. Le seuil habituel est 31.',
  'match.thresholdInvalid': 'Saisissez un nombre entier de 0 à 64.',
  'match.purpose': 'Finalité',
  'match.purposeHint':
    'Certaines empreintes ne produisent de correspondance que pour une finalité autorisée par leur auteur.',
  'match.submit': 'Comparer',
  'match.problemEmpty': 'Collez au moins une empreinte.',
  'match.problemTooMany': '{max} empreintes au maximum à la fois ; il y en a {count}.',
  'match.problemUnknownType':
    'Ligne {line} : « {type} » n’est pas un type d’empreinte (pdq, md5, sha1, sha256, vpdq ou photodna).',
  'match.problemNotHex':
    'Ligne {line} : les empreintes {type} s’écrivent avec les chiffres 0 à 9 et les lettres a à f.',
  'match.problemLength':
    'Ligne {line} : les empreintes {type} comptent {expected} caractères ; celle-ci en compte {actual}.',
  'match.moreProblems': 'Autres lignes en erreur : {count}',
  'match.refusedLine': 'La ligne {line} a été refusée : {detail}',
  'match.resultsTitle': 'Résultats',
  'match.checked': 'Empreintes recherchées',
  'match.withMatch': 'Empreintes avec correspondance',
  'match.withheldTotal': 'Correspondances retenues par les codes de traitement',
  'match.onlyMatched': 'N’afficher que les empreintes avec correspondance',
  'match.noneMatched':
    'Aucune de ces empreintes ne correspond à une empreinte que vous pouvez voir.',
  'match.lineHeading': 'Ligne {line} · {type}',
  'match.noMatch': 'Aucune correspondance.',
  'match.matchesFor': 'Correspondances de la ligne {line}',
  'match.bank': 'Banque',
  'match.distance': 'Distance',

  'reports.title': 'Rapports d’analyse',
  'reports.intro':
    'Rapports des analyses « concord scan » de supports saisis, téléversés pour que l’équipe en voie les résultats. Ils contiennent des chemins, des empreintes et des volumes ; jamais d’images.',
  'reports.upload': 'Téléverser un rapport',
  'reports.empty': 'Aucun rapport d’analyse n’a encore été téléversé.',
  'reports.label': 'Intitulé',
  'reports.scannedAt': 'Analyse',
  'reports.uploadedBy': 'Téléversé par',
  'reports.files': 'Fichiers',
  'reports.matchedFiles': 'Fichiers avec correspondance',
  'reports.problems': 'Problèmes',
  'reports.uploadTitle': 'Téléverser un rapport d’analyse',
  'reports.uploadIntro':
    'Choisissez le fichier JSON écrit par « concord scan --report FICHIER.json ». Il est vérifié ici avant l’envoi.',
  'reports.labelHint': 'Le nom de l’analyse, par exemple le numéro de scellé.',
  'reports.labelInvalid': 'Saisissez un intitulé de 200 caractères au maximum.',
  'reports.file': 'Fichier du rapport (JSON)',
  'reports.fileHint': 'Jusqu’à 64 Mo.',
  'reports.fileRequired': 'Choisissez le fichier du rapport.',
  'reports.fileTooLarge': 'Ce fichier dépasse la taille acceptée par le nœud (64 Mo).',
  'reports.fileUnreadable': 'Le navigateur n’a pas pu lire ce fichier. Choisissez-le de nouveau.',
  'reports.fileNotJson':
    'Ce fichier n’est pas au format JSON. Choisissez le rapport .json de concord scan, et non son rapport CSV ou HTML.',
  'reports.fileHashSet':
    'Il s’agit d’un fichier d’empreintes, pas d’un rapport d’analyse. Importez-le plutôt dans une banque d’empreintes.',
  'reports.fileNotReport':
    'Ce fichier JSON n’est pas un rapport de concord scan. Détails pour l’administrateur :',
  'reports.reading': 'Lecture du fichier…',
  'reports.previewTitle': 'Ce rapport sera téléversé :',
  'reports.root': 'Dossier analysé',
  'reports.interrupted':
    'Cette analyse a été interrompue : le rapport ne couvre que les fichiers analysés avant l’arrêt.',
  'reports.uploadSubmit': 'Téléverser',

  'report.title': 'Rapport d’analyse',
  'report.intro':
    'Volumes et lignes de correspondance uniquement : Concord ne stocke ni n’affiche jamais les médias eux-mêmes.',
  'report.totalsTitle': 'Totaux',
  'report.dihedral': 'Rotations et images miroir comparées',
  'report.byGrade': 'Fichiers avec correspondance par classification',
  'report.bySeries': 'Fichiers avec correspondance par série',
  'report.noMatchedFiles': 'Aucun fichier ne correspond.',
  'report.noSeries': 'Aucun fichier avec correspondance n’appartient à une série connue.',
  'report.banksTitle': 'Banques utilisées',
  'report.noBanks': 'Le rapport ne mentionne aucune banque.',
  'report.matchesTitle': 'Correspondances',
  'report.noMatches': 'L’analyse n’a trouvé aucune correspondance.',
  'report.path': 'Chemin',
  'report.quality': 'Qualité',

  'nodeCard.title': 'Carte et empreinte du nœud',
  'nodeCard.intro':
    'Pour établir une liaison, deux nœuds échangent leurs cartes et leurs administrateurs comparent les empreintes par téléphone : une carte seule ne prouve rien.',
  'nodeCard.fingerprint': 'Empreinte de ce nœud',
  'nodeCard.readAloud':
    'Lisez ces douze groupes de cinq chiffres à voix haute à l’administrateur de l’autre nœud, par téléphone, groupe par groupe ; il les saisit à mesure qu’il les entend. N’envoyez jamais l’empreinte avec la carte ni par le même canal.',
  'nodeCard.sendCard':
    'Envoyez la carte à l’autre administrateur par courriel ou sur une clé USB ; elle ne contient que des clés publiques.',
  'nodeCard.download': 'Télécharger la carte',
  'nodeCard.copy': 'Copier la carte',
  'nodeCard.saved': '{name} a été enregistré.',
  'nodeCard.rotateIntro':
    'Changez les clés si une clé a pu être exposée, ou selon votre calendrier. Les pairs reçoivent la nouvelle carte, signée par l’ancienne clé, et acceptent les deux clés jusqu’à la fin du chevauchement.',
  'nodeCard.rotate': 'Changer les clés…',
  'nodeCard.rotateTitle': 'Changer les clés de ce nœud',
  'nodeCard.rotateBody':
    'De nouvelles clés de signature et de chiffrement remplacent les clés actuelles. L’empreinte change : les pairs qui la comparent par téléphone ont besoin de la nouvelle.',
  'nodeCard.rotateConfirm': 'Changer les clés',
  'nodeCard.overlapDays': 'Jours pendant lesquels les pairs acceptent encore les anciennes clés',
  'nodeCard.overlapHelp': 'De {min} à {max} jours.',
  'nodeCard.overlapInvalid': 'Saisissez un nombre entier de jours, de {min} à {max}.',
  'nodeCard.rotated':
    'Clés changées. Nouvelle carte en file pour les pairs actifs : {peers}. Anciennes clés acceptées jusqu’au {until}.',
  'nodeCard.rotateMissed':
    'La nouvelle carte n’a pas pu être scellée pour : {names}. Envoyez-leur le fichier de la carte et lisez-leur la nouvelle empreinte.',

  'nodeKind.police': 'Police',
  'nodeKind.prosecutor': 'Parquet ou autorité centrale',
  'nodeKind.hotline': 'Ligne de signalement',
  'nodeKind.victim_support': 'Aide aux victimes',
  'nodeKind.international_organisation': 'Organisation internationale',

  'peers.title': 'Nœuds pairs',
  'peers.intro':
    'Les nœuds avec lesquels ce nœud échange. Un pair suspendu ne reçoit rien et n’est pas écouté ; ce qui lui est destiné reste dans sa file d’attente.',
  'peers.add': 'Ajouter un pair',
  'peers.empty': 'Ce nœud n’a encore aucun pair.',
  'peers.emptyCanAdd':
    'Ce nœud n’a encore aucun pair. Demandez sa carte à l’administrateur d’un autre nœud, puis ajoutez-la avec l’empreinte qu’il vous lit.',
  'peers.name': 'Nom',
  'peers.organisation': 'Organisme',
  'peers.kind': 'Type d’organisme',
  'peers.jurisdiction': 'Pays ou territoire',
  'peers.endpoint': 'Adresse',
  'peers.shortFingerprint': 'Empreinte :',
  'peers.peerColumn': 'Pair',
  'peers.addressColumn': 'Adresse et empreinte',
  'peers.status': 'État',
  'peers.statusActive': 'Actif',
  'peers.statusSuspended': 'Suspendu',
  'peers.trustedFingerprint': 'Empreinte comparée par téléphone',
  'peers.trustedAnchor': 'Approuvé par l’autorité de confiance',
  'peers.lastContact': 'Dernier contact',
  'peers.neverContacted': 'Jamais',
  'peers.queue': 'En attente d’envoi',
  'peers.queueEmpty': 'Rien',
  'peers.queuePending': 'Messages : {count}',
  'peers.queueOldest': 'Le plus ancien mis en file {when}',
  'peers.lastError': 'Dernière erreur',
  'peers.noError': 'Aucune',
  'peers.errorForMessage': 'Échec de la remise du message',
  'peers.errorNoMessage': 'Échec de la remise',
  'peers.errorDetail': 'Précisions du nœud :',
  'peers.actions': 'Actions',
  'peers.suspend': 'Suspendre',
  'peers.resume': 'Réactiver',
  'peers.remove': 'Retirer',
  'peers.suspendLabel': 'Suspendre {name}',
  'peers.resumeLabel': 'Réactiver {name}',
  'peers.removeLabel': 'Retirer {name}',
  'peers.suspendTitle': 'Suspendre {name} ?',
  'peers.suspendBody':
    'Rien n’est envoyé à {name} et rien de sa part n’est accepté jusqu’à sa réactivation. Les messages qui lui sont destinés attendent dans sa file.',
  'peers.resumeTitle': 'Réactiver {name} ?',
  'peers.resumeBody':
    '{name} reçoit les messages en attente et est de nouveau écouté. Ne le réactivez que si le motif de la suspension est réglé.',
  'peers.removeTitle': 'Retirer {name} ?',
  'peers.removeBody':
    '{name} n’est plus un pair : plus rien n’est échangé avec lui. Pour rétablir la liaison, il faudra de nouveau sa carte et son empreinte.',
  'peers.suspended': '{name} est suspendu.',
  'peers.resumed': '{name} est de nouveau actif.',
  'peers.removed': '{name} a été retiré.',
  'peers.added': '{name} est désormais un pair de ce nœud.',
  'peers.addTitle': 'Ajouter un pair',
  'peers.addIntro':
    'Il vous faut la carte de l’autre nœud (un fichier ou son texte) et son empreinte, que son administrateur vous lit par téléphone.',
  'peers.cardSource': 'La carte',
  'peers.cardFromFile': 'Un fichier',
  'peers.cardPasted': 'Texte collé',
  'peers.cardFile': 'Fichier de la carte du nœud (JSON)',
  'peers.cardFileHint':
    'Le fichier envoyé par l’autre administrateur, par exemple node-card-….json.',
  'peers.cardText': 'Carte du nœud (texte JSON)',
  'peers.cardTextHint': 'Collez la carte entière, de sa première accolade à la dernière.',
  'peers.cardRequired': 'Choisissez le fichier de la carte, ou collez la carte.',
  'peers.cardNotJson':
    'Ce n’est pas du JSON. Une carte de nœud est un fichier JSON : demandez de nouveau la carte.',
  'peers.cardNotCard':
    'Ce JSON n’est pas une carte de nœud. Demandez sa carte à l’autre administrateur.',
  'peers.cardUnreadable': 'Le navigateur n’a pas pu lire ce fichier. Choisissez-le de nouveau.',
  'peers.cardClaims': 'La carte indique qu’elle appartient à :',
  'peers.cardClaimsHint':
    'N’importe qui peut écrire ces mentions dans une carte. Seule l’empreinte, lue par téléphone, montre que la carte est vraiment la sienne.',
  'peers.fingerprint': 'Empreinte lue par téléphone',
  'peers.fingerprintHint':
    'Saisissez les douze groupes de cinq chiffres tels que l’autre administrateur les lit. Ne les copiez jamais depuis la carte ni depuis le message qui l’a apportée.',
  'peers.fingerprintIncomplete':
    'Saisissez les soixante chiffres de l’empreinte (douze groupes de cinq), ou cochez « Approuvée par une autorité de confiance ».',
  'peers.byAnchor': 'Approuvée par une autorité de confiance',
  'peers.byAnchorHint':
    'Seulement si une autorité de confiance configurée sur ce nœud a signé la carte ; aucune empreinte n’est alors nécessaire.',
  'peers.addSubmit': 'Ajouter le pair',
  'peers.addRefused': 'Le pair n’a pas été ajouté.',

  'sharing.title': 'Partage',
  'sharing.intro':
    'Rien ne quitte ce nœud sans règle. Une règle désigne un pair ou un groupe et ce qu’elle laisse passer ; chaque empreinte ne part que si son code de traitement le permet.',
  'sharing.introReceived':
    'Cette banque a été partagée avec ce nœud. Une règle ne peut transmettre ses empreintes que dans la limite des codes de traitement fixés par leur auteur.',
  'sharing.rulesTitle': 'Règles de partage',
  'sharing.addRule': 'Ajouter une règle',
  'sharing.noRules': 'Cette banque n’est partagée avec aucun pair.',
  'sharing.noRulesCanAdd':
    'Cette banque n’est partagée avec aucun pair. Ajoutez une règle pour la proposer à un pair ou à un groupe.',
  'sharing.noPeersYet':
    'Ce nœud n’a encore aucun pair : ajoutez-en un sur la page Nœuds pairs avant de partager.',
  'sharing.target': 'Partagée avec',
  'sharing.targetHint': 'Un pair, ou un groupe de partage réunissant des pairs.',
  'sharing.chooseTarget': 'Choisissez un pair ou un groupe…',
  'sharing.peersGroup': 'Pairs',
  'sharing.groupsGroup': 'Groupes de partage',
  'sharing.targetRequired': 'Choisissez un pair ou un groupe.',
  'sharing.groupLabel': 'Groupe',
  'sharing.signalTypes': 'Types d’empreinte',
  'sharing.signalTypesHint': 'Ne cochez rien pour partager tous les types.',
  'sharing.allTypes': 'Tous les types',
  'sharing.grades': 'Classifications',
  'sharing.gradesHint':
    'Barème et valeur, par exemple caid:A, ou « ungraded » pour les empreintes non classées ; séparez-les par des virgules. Laissez vide pour partager toutes les classifications.',
  'sharing.gradesInvalid':
    'Écrivez chaque classification sous la forme barème:valeur avec un barème connu (par exemple caid:A ou vics_us:1), ou « ungraded ».',
  'sharing.allGrades': 'Toutes les classifications',
  'sharing.maxTlp': 'Niveau TLP maximal partagé',
  'sharing.maxTlpHint': 'Les empreintes d’un niveau TLP plus restrictif restent sur ce nœud.',
  'sharing.handling': 'Code de traitement pour le destinataire',
  'sharing.handlingUnchanged': 'Celui de chaque empreinte',
  'sharing.narrow': 'Restreindre le code de traitement',
  'sharing.narrowHint':
    'Pour chaque empreinte, le destinataire reçoit le plus strict de son propre code et de celui-ci : une règle ne peut que restreindre.',
  'sharing.narrowLegend': 'Code de traitement imposé par la règle',
  'sharing.added': 'Ajoutée',
  'sharing.addedBy': 'par {name}',
  'sharing.actions': 'Actions',
  'sharing.addRuleTitle': 'Ajouter une règle de partage',
  'sharing.addRuleIntro':
    'La banque est proposée aux pairs que la règle atteint ; chacun décide de s’y abonner ou non. L’ajout de la règle est consigné dans le journal d’audit.',
  'sharing.addRuleSubmit': 'Ajouter la règle',
  'sharing.ruleAdded': 'La règle a été ajoutée et la banque proposée.',
  'sharing.removeRule': 'Supprimer la règle',
  'sharing.removeRuleLabel': 'Supprimer la règle pour {target}',
  'sharing.removeRuleTitle': 'Supprimer la règle pour {target} ?',
  'sharing.removeRuleBody':
    'À leur prochaine synchronisation, les pairs qu’elle atteignait devront supprimer les empreintes qu’aucune autre règle ne leur partage.',
  'sharing.ruleRemoved': 'La règle a été supprimée.',
  'sharing.previewTitle': 'Ce que chaque pair recevrait maintenant',
  'sharing.previewIntro':
    'Calculé à partir des règles et des codes de traitement, sans rien envoyer : combien d’empreintes partiraient vers chaque pair, et pourquoi les autres ne partiraient pas.',
  'sharing.previewNoPeers': 'Ce nœud n’a aucun pair : rien ne serait partagé.',
  'sharing.previewPeer': 'Pair',
  'sharing.previewRules': 'Règles qui l’atteignent',
  'sharing.previewShared': 'Empreintes qui partiraient',
  'sharing.previewWithheld': 'Empreintes qui ne partiraient pas, et pourquoi',
  'sharing.previewNothingWithheld': 'Aucune : toutes les empreintes partiraient.',
  'sharing.groupsTitle': 'Groupes de partage',
  'sharing.groupsIntro':
    'Des ensembles nommés de pairs que les règles de toutes les banques peuvent désigner. Modifier les membres d’un groupe modifie ce que toutes ces règles atteignent.',
  'sharing.noGroups': 'Il n’y a encore aucun groupe de partage.',
  'sharing.createGroup': 'Créer un groupe',
  'sharing.createGroupTitle': 'Créer un groupe de partage',
  'sharing.groupName': 'Nom',
  'sharing.groupNameInvalid': 'Saisissez un nom de 1 à 80 caractères.',
  'sharing.members': 'Membres',
  'sharing.membersHint': 'Les pairs qui font partie du groupe.',
  'sharing.noMembers': 'Aucun membre',
  'sharing.noPeersForGroup': 'Ce nœud n’a encore aucun pair à mettre dans un groupe.',
  'sharing.editMembers': 'Modifier les membres',
  'sharing.editMembersLabel': 'Modifier les membres de {name}',
  'sharing.membersTitle': 'Membres de {name}',
  'sharing.groupSaved': 'Le groupe {name} a été enregistré.',

  'shareRefusal.no_rule': 'Aucune règle n’atteint ce pair : {count}',
  'shareRefusal.type_not_shared': 'Leur type n’est pas partagé : {count}',
  'shareRefusal.grade_not_shared': 'Leur classification n’est pas partagée : {count}',
  'shareRefusal.tlp_above_rule': 'Leur niveau TLP dépasse celui de la règle : {count}',
  'shareRefusal.role_not_permitted': 'Leur partage n’est pas autorisé : {count}',
  'shareRefusal.retention_expired': 'Leur durée de conservation a expiré : {count}',
  'shareRefusal.purpose_required': 'Elles exigent une finalité déclarée : {count}',
  'shareRefusal.purpose_not_permitted': 'Leur auteur n’autorise pas cette finalité : {count}',
  'shareRefusal.tlp_red_not_recipient':
    'TLP:RED, et le pair n’est pas un destinataire désigné : {count}',
  'shareRefusal.tlp_forbids_export': 'Leur niveau TLP interdit l’export : {count}',
  'shareRefusal.tlp_forbids_forward': 'Leur niveau TLP interdit de les transmettre : {count}',
  'shareRefusal.no_onward_transmission': 'Leur auteur interdit toute retransmission : {count}',
  'shareRefusal.intelligence_only': 'Renseignement uniquement : {count}',
  'shareRefusal.pap_forbids_action': 'Leur niveau PAP interdit cette action : {count}',

  'received.title': 'Banques reçues',
  'received.intro':
    'Les banques que d’autres nœuds proposent de partager avec ce nœud, et les abonnements qui en apportent ici les empreintes avec leurs codes de traitement.',
  'received.offersTitle': 'Offres',
  'received.noOffers': 'Aucun pair n’a encore proposé de banque à ce nœud.',
  'received.bank': 'Banque',
  'received.peer': 'Partagée par',
  'received.offeredAt': 'Proposée',
  'received.subscription': 'Abonnement',
  'received.subscribe': 'S’abonner',
  'received.subscribeLabel': 'S’abonner à {bank} de {peer}',
  'received.subscribed': 'Abonné',
  'received.notSubscribed': 'Non abonné',
  'received.subscribedTo':
    'Abonnement créé : les empreintes arriveront dans la banque {bank} à la prochaine synchronisation. Utilisez « Synchroniser maintenant » pour les obtenir tout de suite.',
  'received.subscriptionsTitle': 'Abonnements',
  'received.noSubscriptions': 'Ce nœud n’est encore abonné à aucune banque.',
  'received.localBank': 'Banque sur ce nœud',
  'received.status': 'État',
  'received.statusActive': 'Actif',
  'received.progress': 'Progression de la synchronisation',
  'received.progressNever': 'Pas encore synchronisé',
  'received.progressUnknown':
    'Modifications reçues jusqu’au n° {cursor} (le pair n’indique pas sa dernière modification)',
  'received.progressCurrent': 'À jour (modification n° {cursor})',
  'received.progressOf': 'Modification {cursor} sur {head}',
  'received.lastSync': 'Dernière synchronisation',
  'received.neverSynced': 'Jamais',
  'received.lastError': 'Dernière erreur',
  'received.syncFailed': 'La dernière synchronisation a échoué.',
  'received.actions': 'Actions',
  'received.sync': 'Synchroniser maintenant',
  'received.syncLabel': 'Synchroniser maintenant : {bank}',
  'received.syncedComplete': '{bank} est à jour.',
  'received.syncedPartly':
    '{bank} est en partie synchronisée ; synchronisez de nouveau pour obtenir la suite.',
  'received.syncPages': 'Pages reçues : {count}',
  'received.syncSignals': 'Empreintes reçues : {count}',
  'received.syncTombstones': 'Retraits reçus : {count}',
  'received.syncCursor': 'Modifications reçues jusqu’au n° {cursor}',
  'received.openBank': 'Ouvrir {bank}',

  'provenance.title': 'Provenance',
  'provenance.origin': 'Origine :',
  'provenance.path': 'Parcours :',

  'feedback.confirm': 'Confirmer la classification',
  'feedback.dispute': 'Contester la classification',
  'feedback.confirmLabel': 'Confirmer la classification de l’empreinte {type} {value}',
  'feedback.disputeLabel': 'Contester la classification de l’empreinte {type} {value}',
  'feedback.confirmTitle': 'Confirmer la classification de cette empreinte {type} ?',
  'feedback.disputeTitle': 'Contester la classification de cette empreinte {type} ?',
  'feedback.confirmBody':
    'La confirmation de votre service est envoyée au nœud d’où vient cette empreinte, qui la comptabilise ; le nouveau décompte arrive avec une synchronisation ultérieure.',
  'feedback.disputeBody':
    'La contestation de votre service est envoyée au nœud d’où vient cette empreinte, afin que ses analystes réexaminent la classification.',
  'feedback.comment': 'Commentaire pour l’auteur (facultatif)',
  'feedback.commentHint':
    'Par exemple, l’affaire dans laquelle votre unité l’a classée de la même façon.',
  'feedback.disputeCommentHint': 'Indiquez la classification que vous retiendriez, et pourquoi.',
  'feedback.commentTooLong': 'Le commentaire peut compter au plus 1 000 caractères.',
  'feedback.confirmSubmit': 'Envoyer la confirmation',
  'feedback.disputeSubmit': 'Envoyer la contestation',
  'feedback.confirmSent': 'Votre confirmation est en route vers {origin}.',
  'feedback.disputeSent': 'Votre contestation est en route vers {origin}.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’existe aucune page à cette adresse.',
  'notFound.home': 'Aller à la page d’accueil',

  'forbidden.title': 'Non accessible avec votre rôle',
  'forbidden.body':
    'Votre rôle ne donne pas accès à cette page. Adressez-vous à un administrateur du nœud si vous en avez besoin.',

  'errors.invalid_request':
    'Certaines informations ne sont pas valides. Vérifiez les champs et réessayez.',
  'errors.malformed_json': 'Le nœud n’a pas pu lire la requête. Rechargez la page et réessayez.',
  'errors.body_too_large': 'La requête est trop volumineuse pour le nœud.',
  'errors.unsupported_media_type':
    'Le nœud n’accepte pas la requête sous cette forme. Rechargez la page et réessayez.',
  'errors.not_found': 'Cet élément n’existe plus. Rechargez la page.',
  'errors.unauthenticated': 'Vous n’êtes pas connecté. Reconnectez-vous.',
  'errors.session_expired': 'Votre session a expiré. Reconnectez-vous.',
  'errors.forbidden':
    'Votre rôle ne le permet pas. Adressez-vous à un administrateur du nœud si vous en avez besoin.',
  'errors.csrf_failed':
    'Cette page n’est plus à jour pour votre session. Rechargez la page et réessayez.',
  'errors.invalid_credentials':
    'L’identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
  'errors.account_disabled':
    'Ce compte est désactivé. Demandez à un administrateur du nœud de le réactiver.',
  'errors.account_locked':
    'Ce compte est verrouillé à la suite de tentatives infructueuses répétées. Patientez, ou demandez à un administrateur du nœud de le déverrouiller.',
  'errors.account_locked_wait':
    'Ce compte est verrouillé à la suite de tentatives infructueuses répétées. Réessayez dans {wait}, ou demandez à un administrateur du nœud de le déverrouiller.',
  'errors.too_many_attempts':
    'Trop de connexions ont échoué depuis votre adresse réseau. Patientez avant de réessayer.',
  'errors.too_many_attempts_wait':
    'Trop de connexions ont échoué depuis votre adresse réseau. Réessayez dans {wait}.',
  'errors.second_factor_required':
    'Saisissez d’abord le code de votre application d’authentification.',
  'errors.second_factor_setup_required':
    'Un administrateur exige un second facteur pour votre compte : configurez-le d’abord.',
  'errors.password_change_required': 'Changez d’abord votre mot de passe à usage unique.',
  'errors.invalid_second_factor':
    'Ce code est incorrect. Vérifiez que l’horloge de votre appareil est à l’heure, puis saisissez le code actuel.',
  'errors.second_factor_reused':
    'Ce code a déjà été utilisé. Attendez le code suivant (30 secondes au plus) et saisissez-le.',
  'errors.second_factor_not_enrolled':
    'Aucune application d’authentification n’est en cours de configuration. Recommencez.',
  'errors.second_factor_required_by_admin':
    'Un administrateur exige un second facteur pour ce compte : il ne peut donc pas être désactivé.',
  'errors.weak_password':
    'Le nouveau mot de passe n’est pas accepté : il doit compter au moins 12 caractères, ne pas contenir votre identifiant et différer de l’actuel.',
  'errors.wrong_password': 'Le mot de passe est incorrect.',
  'errors.username_taken': 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
  'errors.purpose_required': 'Choisissez une finalité pour cette action.',
  'errors.bank_name_taken': 'Une banque d’empreintes porte déjà ce nom. Choisissez-en un autre.',
  'errors.invalid_card':
    'Ce n’est pas une carte de nœud Concord valide, ou elle ne se vérifie pas. Demandez une nouvelle carte à l’administrateur de l’autre nœud.',
  'errors.fingerprint_mismatch':
    'L’empreinte de la carte n’est pas celle que vous avez saisie. N’ajoutez pas ce pair : vérifiez par téléphone auprès de son administrateur.',
  'errors.not_endorsed':
    'Aucune autorité de confiance configurée sur ce nœud n’a approuvé cette carte. Comparez plutôt son empreinte.',
  'errors.peer_is_self': 'Il s’agit de la carte de ce nœud lui-même.',
  'errors.card_key_changed':
    'Ce pair signe désormais avec une autre clé. Retirez-le puis ajoutez-le de nouveau après avoir confirmé la nouvelle empreinte.',
  'errors.already_subscribed': 'Ce nœud est déjà abonné à cette banque.',
  'errors.group_name_taken': 'Un groupe de partage porte déjà ce nom. Choisissez-en un autre.',
  'errors.sync_failed':
    'La synchronisation avec le pair a échoué. L’abonnement en indique la raison ; réessayez plus tard.',
  'errors.invalid_hash':
    'Une empreinte n’est pas valide. Vérifiez son format et son type, puis réessayez.',
  'errors.cannot_change_self':
    'Vous ne pouvez ni changer votre propre rôle ni désactiver votre propre compte. Adressez-vous à un autre administrateur.',
  'errors.internal_error':
    'Une erreur s’est produite sur le nœud ; elle a été consignée. Réessayez et prévenez l’administrateur du nœud si elle se reproduit.',
  'errors.network':
    'Concord ne parvient pas à joindre le nœud. Vérifiez votre connexion réseau et réessayez.',
  'errors.unexpected':
    'Un incident imprévu s’est produit ({detail}). Rechargez la page et réessayez.',
  ...lawFr,
};
