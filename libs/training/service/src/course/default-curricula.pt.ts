import type { CurriculumTranslation } from './curriculum-text.js';

/**
 * Portuguese (European) texts of the default curricula (same order and shape as the English in
 * default-curricula.ts). Drafted by the developers with machine help, not reviewed by a native
 * speaker (docs/translations.md).
 */
const SATISFACTION = [
  'O curso preparou-me para o meu papel no programa.',
  'As unidades de autoaprendizagem foram claras e tiveram a duração adequada.',
  'As sessões orientadas justificaram o tempo passado fora dos meus turnos.',
  'Recomendaria este curso a um colega.',
];

export const PT: CurriculumTranslation = {
  'mentor-core': {
    title: 'Formação de mentores entre pares',
    description:
      'Prepara profissionais prisionais experientes para serem mentores de um colega mais recente: para que serve a mentoria entre pares e as competências de comunicação, interpessoais, pedagógicas e organizacionais que um mentor utiliza. Formato misto: unidades curtas de autoaprendizagem e sessões de grupo orientadas.',
    objectives: [
      'Explicar o objetivo da mentoria entre pares para os profissionais prisionais e o que ela não é.',
      'Utilizar competências de escuta e de feedback nas conversas com um colega mais recente.',
      'Construir uma relação de confiança que respeite a voluntariedade e a confidencialidade.',
      'Transmitir conhecimentos da profissão e da instituição de forma adequada ao mentorando.',
      'Acordar objetivos com um mentorando e manter a relação apesar do trabalho por turnos até um encerramento planeado.',
    ],
    modules: [
      {
        title: 'Introdução à mentoria entre pares',
        description: 'Porque é que o serviço oferece mentoria entre pares, quem beneficia dela e em que é que um mentor difere de um coach, de um tutor ou de uma chefia direta.',
        objectives: ['Descrever as duas funções da mentoria: apoio psicossocial e familiarização com a função.', 'Distinguir a mentoria do coaching, da tutoria e da supervisão.'],
        topics: [
          { title: 'Objetivo da mentoria entre pares nas prisões', objectives: ['Relacionar os primeiros meses na função com o stress e as saídas precoces.', 'Indicar o que o programa pretende mudar para os recém-chegados.'] },
          { title: 'Benefícios para mentorandos, mentores e a instituição', objectives: ['Indicar pelo menos um benefício para cada parte.'] },
          { title: 'Mentoria, coaching, tutoria e supervisão', objectives: ['Explicar porque é que um mentor não avalia o mentorando nem relata sobre ele.'] },
          { title: 'O enquadramento voluntário e confidencial', objectives: ['Explicar que qualquer das partes pode sair sem dar uma razão e que as chefias não são informadas.'] },
        ],
        units: [
          {
            title: 'Para que serve a mentoria entre pares',
            summary: 'Os primeiros meses do recém-chegado, as duas funções da mentoria e o que o programa espera de um mentor.',
            questions: [
              { text: 'Que duas funções desempenha um mentor entre pares?', options: ['Apoio psicossocial e familiarização com a função', 'Avaliação de desempenho e disciplina', 'Escalas de serviço e vencimentos'] },
              { text: 'Quem decide se um colega mais recente participa?', options: ['A sua chefia direta', 'O próprio colega, voluntariamente', 'O mentor'] },
            ],
          },
          {
            title: 'Mentor, coach, tutor e supervisor',
            summary: 'Quatro papéis que ajudam as pessoas a aprender no trabalho e porque é que o papel de mentor fica fora da cadeia hierárquica.',
            questions: [
              { text: 'Uma chefia pergunta a um mentor como está o mentorando. O que está de acordo com o programa?', options: ['Partilhar uma breve avaliação', 'Manter reservado o conteúdo da relação', 'Reencaminhar as notas das reuniões'] },
              { text: 'O que distingue principalmente a mentoria da tutoria?', options: ['A mentoria é uma relação ampla e voluntária; a tutoria ensina uma matéria definida', 'A mentoria é classificada', 'Não há diferença'] },
            ],
          },
          { title: 'A sua própria motivação', summary: 'Um exercício de reflexão sobre a razão por que se ofereceu e o que traz consigo.' },
        ],
      },
      {
        title: 'Comunicação',
        description: 'Escutar ativamente, dar feedback construtivo e conduzir conversas depois de turnos difíceis.',
        objectives: ['Utilizar técnicas de escuta ativa.', 'Dar feedback concreto, oportuno e construtivo.'],
        topics: [
          { title: 'Escuta ativa', objectives: ['Utilizar perguntas abertas, resumos e silêncio.', 'Reparar no que não está a ser dito.'] },
          { title: 'Feedback construtivo', objectives: ['Descrever comportamentos e não a personalidade.', 'Pedir a opinião do mentorando antes de dar a sua.'] },
          { title: 'Conversas após incidentes críticos', objectives: ['Reconhecer quando escutar e quando encaminhar para os serviços de apoio.'] },
        ],
        units: [
          {
            title: 'Escutar ativamente',
            summary: 'Técnicas para escutar de modo que um colega mais recente se sinta ouvido.',
            questions: [
              { text: 'Qual destas é uma pergunta aberta?', options: ['O turno correu bem?', 'O que aconteceu hoje na ala?', 'Esteve no turno da noite?'] },
              { text: 'Porquê resumir o que o mentorando disse?', options: ['Para confirmar que compreendeu e mostrar que escutou', 'Para terminar a reunião mais cedo', 'Para escrever um relatório'] },
            ],
          },
          { title: 'Dar e receber feedback', summary: 'Uma estrutura simples para um feedback que ajuda em vez de magoar.' },
          { title: 'Depois de um turno difícil', summary: 'Apoiar um colega após um acontecimento potencialmente traumático e saber para onde encaminhar.' },
        ],
      },
      {
        title: 'Competências interpessoais',
        description: 'Criar confiança, quebrar o gelo e motivar um colega mais recente.',
        objectives: ['Planear uma primeira reunião que crie confiança.', 'Motivar e valorizar sem assumir o controlo.'],
        topics: [
          { title: 'Criar confiança', objectives: ['Cumprir de forma visível os acordos e a confidencialidade.', 'Ser claro quanto aos limites da confidencialidade (segurança, proteção).'] },
          { title: 'Quebrar o gelo', objectives: ['Preparar uma primeira reunião a partir da experiência de trabalho partilhada.'] },
          { title: 'Motivar e valorizar', objectives: ['Reconhecer o progresso e o esforço.', 'Ajudar o mentorando a encontrar as suas próprias soluções.'] },
        ],
        units: [
          {
            title: 'A confiança e os seus limites',
            summary: 'Como se constrói a confiança numa instituição fechada e quando a confidencialidade tem de ceder perante a segurança.',
            questions: [
              { text: 'Um mentorando revela um risco para a segurança de alguém. O que faz?', options: ['Guarda segredo em todos os casos', 'Segue o circuito de preocupações do programa', 'Conta a toda a equipa'] },
              { text: 'Que comportamento cria confiança?', options: ['Cancelar reuniões em cima da hora', 'Cumprir o que foi combinado', 'Falar do mentorando com colegas'] },
            ],
          },
          { title: 'A primeira reunião', summary: 'Quebrar o gelo: uma agenda e perguntas para a primeira conversa.' },
          { title: 'Motivar sem assumir o controlo', summary: 'Valorizar o progresso e apoiar as escolhas do próprio mentorando.' },
        ],
      },
      {
        title: 'Competências pedagógicas',
        description: 'Transmitir conhecimentos da profissão, ser um modelo e identificar o que o mentorando precisa de aprender.',
        objectives: ['Identificar as necessidades de aprendizagem de um mentorando.', 'Explicar procedimentos e regras não escritas de forma que fiquem.'],
        topics: [
          { title: 'Transmitir conhecimentos', objectives: ['Dividir uma tarefa em passos, demonstrar e depois deixar o mentorando experimentar.'] },
          { title: 'Ser um modelo', objectives: ['Refletir sobre o exemplo que a sua própria prática dá.'] },
          { title: 'Identificar necessidades de aprendizagem', objectives: ['Utilizar perguntas e observação para encontrar lacunas e pontos fortes.'] },
        ],
        units: [
          {
            title: 'O que precisa o meu mentorando de aprender?',
            summary: 'Identificar em conjunto as necessidades de aprendizagem, incluindo as regras não escritas da instituição.',
            questions: [
              { text: 'O melhor primeiro passo para identificar as necessidades de aprendizagem de um mentorando é…', options: ['Perguntar e escutar', 'Entregar o manual de procedimentos', 'Perguntar à sua chefia direta'] },
              { text: 'A aprendizagem durante o turno resulta melhor quando o mentor…', options: ['Faz a tarefa pelo mentorando', 'Demonstra e depois deixa o mentorando experimentar com apoio', 'Explica apenas a teoria'] },
            ],
          },
          { title: 'Transmitir conhecimentos da profissão', summary: 'Demonstrar–experimentar–rever: ensinar procedimentos no posto de trabalho.' },
          { title: 'O mentor como modelo', summary: 'O que os recém-chegados copiam e como fazer com que isso os beneficie.' },
        ],
      },
      {
        title: 'Competências organizacionais',
        description: 'Definir objetivos comuns e gerir a relação de mentoria desde a primeira reunião até ao seu fim planeado.',
        objectives: ['Acordar objetivos realistas com um mentorando.', 'Planear contactos regulares em função dos turnos e encerrar bem a relação.'],
        topics: [
          { title: 'Definir objetivos comuns', objectives: ['Transformar desejos gerais em poucos objetivos concretos, associados a uma função da mentoria.'] },
          { title: 'Gerir a relação', objectives: ['Combinar a frequência e o local dos encontros tendo em conta as escalas de ambos.', 'Reconhecer quando uma relação não está a resultar e o que fazer.'] },
          { title: 'Encerramento', objectives: ['Preparar uma conversa final que faça o balanço do progresso.'] },
        ],
        units: [
          {
            title: 'Objetivos que resultam',
            summary: 'Acordar poucos objetivos concretos e revê-los ao longo dos meses da relação.',
            questions: [
              { text: 'Os objetivos de uma relação de mentoria devem ser…', options: ['Definidos apenas pelo mentor', 'Acordados em conjunto e revistos', 'Comunicados à chefia direta'] },
              { text: 'O par trabalha em regimes de turnos diferentes. O que ajuda mais?', options: ['Encontrar-se só quando as escalas coincidem por acaso', 'Planear os contactos com antecedência em função das escalas de ambos', 'Terminar a relação'] },
            ],
          },
          { title: 'Manter a relação', summary: 'Ritmo dos contactos, dificuldades e conflitos no par e quando pedir ajuda ao coordenador.' },
          { title: 'Um bom fim', summary: 'Planear o encerramento da relação.' },
        ],
      },
    ],
    assessment: [
      { text: 'Neste programa, a mentoria entre pares é…', options: ['Voluntária para ambas as partes', 'Parte da avaliação de desempenho anual', 'Obrigatória para os novos profissionais'] },
      { text: 'Qual é um exemplo de escuta ativa?', options: ['Interromper com conselhos', 'Resumir o que ouviu', 'Consultar o telemóvel'] },
      { text: 'O que deve um mentor fazer perante uma preocupação de proteção?', options: ['Utilizar o circuito de apoio designado', 'Ignorá-la', 'Publicá-la no grupo de conversa dos profissionais'] },
      { text: 'Quem define os objetivos da relação?', options: ['O mentor e o mentorando em conjunto', 'O coordenador', 'O diretor do estabelecimento'] },
    ],
    satisfaction: SATISFACTION,
  },
  'coordinator-core': {
    title: 'Curso para coordenadores de mentoria',
    description:
      'Para profissionais que gerem um programa de mentoria entre pares: organizá-lo, implementá-lo e avaliá-lo, recrutar e emparelhar, acompanhar os pares, tratar preocupações e questões de proteção e encerrar relações.',
    objectives: [
      'Planear um ciclo do programa desde o recrutamento até ao encerramento e à sua avaliação.',
      'Recrutar, selecionar e emparelhar mentores e mentorandos de acordo com a política do programa.',
      'Acompanhar os pares com base em dados de processo, sem interferir no seu conteúdo.',
      'Encaminhar preocupações para o apoio designado e registar apenas o facto de ter havido um encaminhamento.',
    ],
    modules: [
      {
        title: 'Organizar, implementar e avaliar um programa',
        description: 'Criar uma edição, a sua política, o seu calendário e a avaliação que mostra se funciona.',
        objectives: ['Redigir um plano de edição com datas, critérios de elegibilidade e capacidade.', 'Planear questionários antes e depois e os indicadores a acompanhar.'],
        topics: [
          { title: 'Política e calendário do programa', objectives: ['Escolher o modelo de mentoria, a duração e os limiares de elegibilidade.'] },
          { title: 'Avaliação', objectives: ['Calendarizar os questionários iniciais e de seguimento.', 'Ler relatórios agregados e as suas dimensões mínimas de grupo.'] },
        ],
        units: [
          {
            title: 'Planear uma edição',
            summary: 'Da política ao calendário: o que decidir antes de abrir o recrutamento.',
            questions: [
              { text: 'Porque é que os relatórios ocultam grupos pequenos?', options: ['Para proteger as pessoas de serem identificadas', 'Para poupar espaço', 'Porque os grupos pequenos não importam'] },
              { text: 'Quando é aplicado o questionário inicial?', options: ['No início da relação', 'Apenas no encerramento', 'Nunca'] },
            ],
          },
          { title: 'Avaliar o programa', summary: 'Questionários antes e depois, permanência e fins antecipados como indicadores do programa.' },
        ],
      },
      {
        title: 'Recrutar e emparelhar',
        description: 'Encontrar mentores e mentorandos, verificar a elegibilidade e a formação e propor bons emparelhamentos.',
        objectives: ['Aplicar as regras de elegibilidade para recém-chegados e para profissionais novos num serviço.', 'Ponderar a sobreposição de turnos, os conflitos de interesses e as preferências num emparelhamento.'],
        topics: [
          { title: 'Recrutamento', objectives: ['Chegar aos recém-chegados e aos profissionais novos num serviço sem pressão.'] },
          { title: 'Emparelhamento', objectives: ['Explicar porque é que a sobreposição de turnos é importante.', 'Excluir conflitos de hierarquia, salvo se a política os permitir.'] },
        ],
        units: [
          {
            title: 'Fazer bons emparelhamentos',
            summary: 'Turnos, serviço, capacidade e conflitos de interesses na prática.',
            questions: [
              { text: 'Um mentor proposto é o superior direto do mentorando. Por predefinição…', options: ['O emparelhamento é excluído', 'O emparelhamento é preferido', 'Não tem importância'] },
              { text: 'Que fator o programa prefere fortemente?', options: ['Turnos sobrepostos', 'A mesma inicial do apelido', 'A deslocação mais longa'] },
            ],
          },
          { title: 'Recrutar voluntários', summary: 'Convidar, informar e registar o consentimento.' },
        ],
      },
      {
        title: 'Acompanhar os pares',
        description: 'Apoiar os pares ao longo da relação usando apenas dados de processo: se se encontraram ou não, último contacto, preocupações em aberto.',
        objectives: ['Identificar, a partir dos dados de processo, os pares que precisam de apoio.', 'Oferecer apoio sem pedir o conteúdo das reuniões.'],
        topics: [
          { title: 'Dados de processo, não conteúdo', objectives: ['Explicar o que um coordenador vê e o que fica dentro do par.'] },
          { title: 'Apoiar um par com dificuldades', objectives: ['Planear um ponto de situação e, se necessário, um novo emparelhamento.'] },
        ],
        units: [
          {
            title: 'O que um coordenador vê',
            summary: 'Os níveis de confidencialidade da plataforma e porque são importantes para a confiança.',
            questions: [{ text: 'Pode um coordenador ler as notas das reuniões do par?', options: ['Não, apenas os dados de processo', 'Sim, sempre', 'Só a pedido de uma chefia'] }],
          },
          { title: 'Pontos de situação e novos emparelhamentos', summary: 'Quando e como intervir.' },
        ],
      },
      {
        title: 'Tratar preocupações e proteção',
        description: 'O circuito de apoio designado para as preocupações levantadas por mentores ou mentorandos e o papel do coordenador nesse circuito.',
        objectives: ['Encaminhar uma preocupação para o serviço de apoio designado.', 'Registar apenas o facto de ter havido um encaminhamento.'],
        topics: [
          { title: 'O circuito de apoio', objectives: ['Indicar os serviços designados da sua instituição (saúde ocupacional, psicólogo).'] },
          { title: 'Limites', objectives: ['Explicar porque é que as preocupações não vão para a chefia direta.'] },
        ],
        units: [
          {
            title: 'Quando surge uma preocupação',
            summary: 'Passos, prazos e o que o coordenador regista.',
            questions: [{ text: 'Um mentorando manifesta uma preocupação com o seu bem-estar. Para onde vai?', options: ['Para o circuito de apoio designado', 'Para a sua chefia direta', 'Para o processo individual'] }],
          },
        ],
      },
      {
        title: 'Encerramento',
        description: 'Terminar bem as relações, antecipadamente ou conforme planeado, e aprender com elas.',
        objectives: ['Conduzir uma conversa de encerramento.', 'Lidar com um fim antecipado sem atribuir culpas.'],
        topics: [
          { title: 'Encerramento planeado', objectives: ['Rever os objetivos e celebrar o progresso.'] },
          { title: 'Fins antecipados', objectives: ['Respeitar que qualquer das partes pode sair sem dar uma razão.'] },
        ],
        units: [{ title: 'Encerrar uma relação', summary: 'Fins planeados e antecipados e o questionário final.' }],
      },
    ],
    assessment: [
      { text: 'Os coordenadores veem…', options: ['Os dados de processo dos pares', 'As notas das reuniões', 'As respostas aos questionários com nomes'] },
      { text: 'Uma preocupação levantada num par é encaminhada para…', options: ['O circuito de apoio designado', 'A hierarquia', 'O público'] },
      { text: 'Um mentorando pode sair do programa sem dar uma razão?', options: ['Sim', 'Não'] },
    ],
    satisfaction: SATISFACTION,
  },
};
