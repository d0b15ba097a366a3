// A user task (审批节点) straight from the palette: the element admins add most, which the default
// palette only offers as a plain task to be changed through the wrench menu.
class OaPalette {
  constructor(palette, create, elementFactory) {
    this.create = create;
    this.elementFactory = elementFactory;
    palette.registerProvider(this);
  }

  getPaletteEntries() {
    const start = (event) => this.create.start(event, this.elementFactory.createShape({ type: 'bpmn:UserTask' }));
    return {
      'create.user-task': {
        group: 'activity', className: 'bpmn-icon-user-task', title: '添加审批节点（用户任务）',
        action: { dragstart: start, click: start },
      },
    };
  }
}
OaPalette.$inject = ['palette', 'create', 'elementFactory'];

export default { __init__: ['oaPalette'], oaPalette: ['type', OaPalette] };
